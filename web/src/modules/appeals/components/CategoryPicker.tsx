import { useMemo } from 'react';
import { Button, Cascader, Flex, Tag, Typography, theme } from 'antd';
import { useI18n } from '../../../app/i18n';
import { useCategories } from '../api';
import { useAppealsT } from '../i18n';
import type { CategoryGroup } from '../types';

/** The group a code belongs to: a subcategory's group, or the group itself. */
function pathOf(groups: CategoryGroup[], code: string | null | undefined): string[] | undefined {
  if (!code) return undefined;
  if (code === '*') return ['*'];
  for (const g of groups) {
    if (g.code === code) return [g.code];
    if (g.subcategories.some((s) => s.code === code)) return [g.code, code];
  }
  return [code];
}

/**
 * The problem catalogue as a two-level picker (category → subcategory). `allowGroup` lets a whole category be
 * chosen (filters, routing rules); `allowAll` adds "every category" ('*', routing rules only).
 */
export function CategoryPicker({
  value,
  onChange,
  allowGroup,
  allowAll,
  placeholder,
  testId = 'category-picker',
  style,
  id,
  'aria-label': ariaLabel,
}: {
  value?: string | null;
  onChange?: (code: string | null) => void;
  allowGroup?: boolean;
  allowAll?: boolean;
  placeholder?: string;
  testId?: string;
  style?: React.CSSProperties;
  /** Given by a Form.Item, so that its label names the input. */
  id?: string;
  /** The input's name where no form label names it (a filter); the placeholder otherwise. */
  'aria-label'?: string;
}) {
  const t = useAppealsT();
  const { label } = useI18n();
  const q = useCategories();
  const groups = q.data?.groups ?? [];
  const options = useMemo(
    () => [
      ...(allowAll ? [{ value: '*', label: t('rules.categoryAll') }] : []),
      ...groups.map((g) => ({ value: g.code, label: label(g.name), children: g.subcategories.map((s) => ({ value: s.code, label: label(s.name) })) })),
    ],
    [groups, label, allowAll, t],
  );
  return (
    <div data-testid={testId} style={style}>
      <Cascader
        style={{ width: '100%' }}
        options={options}
        loading={q.isPending}
        value={pathOf(groups, value)}
        changeOnSelect={allowGroup}
        allowClear
        placeholder={placeholder ?? t('report.categoryPick')}
        id={id}
        aria-label={ariaLabel ?? (id ? undefined : (placeholder ?? t('report.categoryPick')))}
        showSearch={{
          filter: (input, path) =>
            path.some((o) => String(o.label).toLowerCase().includes(input.toLowerCase()) || String(o.value).toLowerCase().includes(input.toLowerCase())),
        }}
        optionRender={(o) => <span data-testid={`category-option-${o.value}`}>{o.label}</span>}
        onChange={(path) => {
          const codes = (path ?? []) as string[];
          onChange?.(codes.length ? codes[codes.length - 1]! : null);
        }}
      />
    </div>
  );
}

/**
 * For a phone: the nine categories as large chips, then the chosen category's subcategories; the choice then
 * folds into one line with a way to change it.
 */
export function CategoryChooser({
  value,
  onChange,
  testId = 'category-chooser',
}: {
  value?: string | null;
  onChange?: (code: string | null) => void;
  testId?: string;
}) {
  const t = useAppealsT();
  const { label } = useI18n();
  const { token } = theme.useToken();
  const q = useCategories();
  const groups = q.data?.groups ?? [];
  const path = pathOf(groups, value);
  const group = groups.find((g) => g.code === path?.[0]);
  const sub = group?.subcategories.find((s) => s.code === value);
  const chip = (active: boolean): React.CSSProperties => ({
    minHeight: 40,
    padding: '6px 12px',
    fontSize: token.fontSize,
    lineHeight: 1.4,
    borderRadius: 20,
    whiteSpace: 'normal',
    textAlign: 'center',
    margin: 0,
    cursor: 'pointer',
    border: `1px solid ${active ? token.colorPrimary : token.colorBorder}`,
  });
  if (sub && group) {
    return (
      <Flex align="center" gap={8} wrap data-testid={testId} data-value={sub.code}>
        <Tag color="blue" style={{ ...chip(true), cursor: 'default' }} data-testid={`${testId}-chosen`}>
          {label(group.name)} · {label(sub.name)}
        </Tag>
        <Button type="link" onClick={() => onChange?.(null)} data-testid={`${testId}-change`}>
          {t('report.categoryChange')}
        </Button>
      </Flex>
    );
  }
  return (
    <div data-testid={testId}>
      {q.data?.draft && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em', marginBottom: 8 }}>
          {t('report.draftCatalog')}
        </Typography.Text>
      )}
      <Flex wrap gap={8} style={{ marginBottom: group ? 12 : 0 }}>
        {groups.map((g) => (
          <Tag.CheckableTag
            key={g.code}
            checked={g.code === group?.code}
            style={chip(g.code === group?.code)}
            onChange={() => onChange?.(g.code)}
            data-testid={`category-group-${g.code}`}
          >
            {label(g.name)}
          </Tag.CheckableTag>
        ))}
      </Flex>
      {group && (
        <Flex wrap gap={8} style={{ paddingTop: 12, borderTop: `1px dashed ${token.colorBorderSecondary}` }}>
          {group.subcategories.map((s) => (
            <Tag.CheckableTag key={s.code} checked={false} style={chip(false)} onChange={() => onChange?.(s.code)} data-testid={`category-sub-${s.code}`}>
              {label(s.name)}
            </Tag.CheckableTag>
          ))}
        </Flex>
      )}
    </div>
  );
}

/** A category's display name from its code (a subcategory shows as "group · name"). */
export function useCategoryName() {
  const { label } = useI18n();
  const q = useCategories();
  return (code: string) => {
    if (code === '*') return null;
    for (const g of q.data?.groups ?? []) {
      if (g.code === code) return label(g.name);
      const s = g.subcategories.find((x) => x.code === code);
      if (s) return `${label(g.name)} · ${label(s.name)}`;
    }
    return code;
  };
}
