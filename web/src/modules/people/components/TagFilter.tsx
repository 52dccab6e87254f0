import { useMemo, type CSSProperties } from 'react';
import { Alert, Select, Tag } from 'antd';
import { useI18n } from '../../../app/i18n';
import { usePeopleT } from '../i18n';
import type { TagCatalog, TagCatalogItem } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/** Level and computed markers of a catalog tag. */
export function TagMarkers({ item }: { item: TagCatalogItem }) {
  const t = usePeopleT();
  const levelTerms = useVocabulary('people.tagLevel');
  return (
    <>
      <Tag style={{ marginInlineStart: 6, fontSize: '0.8em' }} bordered={false}>
        {levelTerms.label(item.level)}
      </Tag>
      {item.computed && (
        <Tag color="purple" style={{ fontSize: '0.8em' }} bordered={false} title={t('tags.computedHint')}>
          {t('tags.computed')}
        </Tag>
      )}
      {item.sensitive && (
        <Tag color="orange" style={{ fontSize: '0.8em' }} bordered={false} title={t('tags.sensitiveHint')}>
          {t('tags.sensitive')}
        </Tag>
      )}
    </>
  );
}

/** Catalog person tags grouped as Select options; `settable`: only those that may be set by hand, minus `exclude`. */
export function useTagOptions(catalog: TagCatalog | undefined, settable = false, exclude: readonly string[] = []) {
  const excludeKey = exclude.join(',');
  const { label } = useI18n();
  const t = usePeopleT();
  return useMemo(() => {
    if (!catalog) return [];
    const skip = new Set(excludeKey ? excludeKey.split(',') : []);
    const items = catalog.items.filter((it) => it.target === 'person' && (!settable || !it.computed) && !skip.has(it.code));
    const groups = [...catalog.groups.map((g) => ({ code: g.code as string | null, name: label(g.name) })), { code: null, name: t('tags.otherGroup') }];
    return groups
      .map((g) => ({
        label: g.name,
        title: g.name,
        options: items
          .filter((it) => (g.code === null ? !it.group || !catalog.groups.some((x) => x.code === it.group) : it.group === g.code))
          .map((it) => ({
            value: it.code,
            label: label(it.name),
            item: it,
            search: `${it.code} ${it.name.zh} ${it.name.en}`.toLowerCase(),
          })),
      }))
      .filter((g) => g.options.length > 0);
  }, [catalog, label, t, settable, excludeKey]);
}

/** Grouped multi-select over the tag catalog (person tags), with level/computed markers and the draft flag. */
export function TagFilter({
  catalog,
  value,
  onChange,
  loading,
  testId = 'persons-filter-tags',
  style,
}: {
  catalog: TagCatalog | undefined;
  value: string[];
  onChange: (codes: string[]) => void;
  loading?: boolean;
  testId?: string;
  style?: CSSProperties;
}) {
  const t = usePeopleT();
  const options = useTagOptions(catalog);
  return (
    <div data-testid={testId} style={style}>
      <Select<string[]>
        mode="multiple"
        style={{ width: '100%' }}
        allowClear
        loading={loading}
        value={value}
        onChange={(v) => onChange(v)}
        placeholder={t('filter.tagsPlaceholder')}
        aria-label={t('filter.tags')}
        maxTagCount="responsive"
        options={options}
        showSearch={{
          filterOption: (input, opt) => {
            const o = opt as { search?: string } | undefined;
            return !!o?.search && o.search.includes(input.trim().toLowerCase());
          },
        }}
        optionRender={(opt) => {
          const it = (opt.data as { item?: TagCatalogItem }).item;
          return (
            <span data-testid={`tag-option-${opt.value}`}>
              {opt.label}
              {it && <TagMarkers item={it} />}
            </span>
          );
        }}
        popupRender={(menu) => (
          <>
            {catalog?.draft && <Alert type="warning" showIcon title={t('tags.draftHint')} style={{ margin: 4 }} data-testid="tags-draft-notice" />}
            {menu}
          </>
        )}
      />
    </div>
  );
}
