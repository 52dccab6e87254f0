import { useCallback, type CSSProperties } from 'react';
import { Tag } from 'antd';
import { api } from '../../app/api/client';
import type { ApiItem } from '../../app/api/types';
import { useI18n } from '../../app/i18n';
import { RemoteSelect } from './RemoteSelect';

/** A territory unit as the units list answers it. */
export type UnitRef = ApiItem<'/api/org/units'>;
type UnitType = UnitRef['type'];

/**
 * Picks a territory unit within the caller's scope (GET /api/org/units?q=): the shared RemoteSelect with the
 * unit's type and code beside its name. Works as a controlled antd form field (value = unit id).
 */
export function UnitPicker({
  value,
  onChange,
  type,
  excludeIds,
  initial,
  placeholder,
  testId = 'unit-picker',
  disabled,
  allowClear = true,
  size,
  style,
  id,
  'aria-label': ariaLabel,
}: {
  value?: number | string | null;
  onChange?: (id: number | null, unit: UnitRef | null) => void;
  /** Restrict to one unit type (e.g. 'street') or several. */
  type?: UnitType | UnitType[];
  excludeIds?: Array<number | string>;
  /** The currently selected unit, so its name shows before any search (its name is enough). */
  initial?: { id: number | string; name: string } | null;
  placeholder?: string;
  testId?: string;
  disabled?: boolean;
  allowClear?: boolean;
  size?: 'small' | 'middle' | 'large';
  style?: CSSProperties;
  /** Given by a Form.Item, so that its label names the input. */
  id?: string;
  'aria-label'?: string;
}) {
  const { t, label } = useI18n();
  const types: UnitType[] = Array.isArray(type) ? type : type ? [type] : [];
  const typeKey = types.join(',');
  const excludeKey = (excludeIds ?? []).join(',');
  const filter = useCallback(
    (u: UnitRef) => !excludeKey.split(',').includes(String(u.id)) && (typeKey === '' || typeKey.split(',').includes(u.type)),
    [excludeKey, typeKey],
  );
  const render = useCallback(
    (u: UnitRef) => (
      <span>
        {u.name} {u.typeLabel && <Tag style={{ marginInlineStart: 4 }}>{label(u.typeLabel)}</Tag>}
        {u.code && <span style={{ opacity: 0.55, fontSize: '0.85em' }}>{u.code}</span>}
      </span>
    ),
    [label],
  );
  return (
    <RemoteSelect
      path="/api/org/units"
      query={{ type: types.length === 1 ? types[0] : undefined, includeRetired: false }}
      value={value}
      onChange={(id, unit) => onChange?.(id === null ? null : Number(id), unit)}
      render={render}
      text={(u) => u.name}
      filter={filter}
      // A name alone is what the option shows until the list or fetchOne brings the whole unit.
      initial={initial as UnitRef | null | undefined}
      fetchOne={(id, signal) => api.get('/api/org/units/{id}', { path: { id }, signal })}
      placeholder={placeholder ?? t('unit.placeholder')}
      notFound={t('unit.noResult')}
      testId={testId}
      optionTestId="unit-option"
      disabled={disabled}
      allowClear={allowClear}
      size={size}
      style={style}
      id={id}
      aria-label={ariaLabel}
    />
  );
}
