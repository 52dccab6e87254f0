import { useEffect, useMemo, useState } from 'react';
import { Flex, Select } from 'antd';
import { useAppealsPermissions, useCategories, useHandlers } from '../api';
import { useAppealsT } from '../i18n';
import type { HandlerRef } from '../types';

const encode = (h: HandlerRef | null | undefined) => (h ? `${h.kind}:${h.id}` : undefined);
const decode = (v: string | undefined): HandlerRef | null => {
  if (!v) return null;
  const [kind, id] = v.split(':');
  return { kind: kind as HandlerRef['kind'], id: Number(id) };
};

/**
 * Where to send an order: a committee or the street itself (块), a street team or a district department (条).
 * A street officer chooses within their street; district staff first pick the street (the order's own by
 * default) to see its teams and committees, or send to a street or district department directly.
 */
export function HandlerPicker({
  value,
  onChange,
  streetName,
  categoryCode,
  testId = 'handler-picker',
}: {
  value?: HandlerRef | null;
  onChange?: (h: HandlerRef | null) => void;
  /** The order's street, so that its teams are offered first. */
  streetName?: string | null;
  /** The order's category, whose usual handler is offered first. */
  categoryCode?: string | null;
  testId?: string;
}) {
  const t = useAppealsT();
  const categories = useCategories();
  const suggested = useMemo(() => {
    for (const g of categories.data?.groups ?? []) for (const c of g.subcategories) if (c.code === categoryCode) return c.handler;
    return null;
  }, [categories.data, categoryCode]);
  const perms = useAppealsPermissions();
  const ownStreet = perms.role === 'street_staff' ? perms.unitId : null;
  const district = useHandlers(null, ownStreet === null);
  const streets = useMemo(() => (district.data?.units ?? []).filter((u) => u.type === 'street'), [district.data]);
  const [chosenStreet, setChosenStreet] = useState<number | null>(null);
  // The order's street, found by name among the district's streets (names are unique within a district).
  useEffect(() => {
    if (ownStreet !== null || chosenStreet !== null || !streetName) return;
    const s = streets.find((x) => x.name === streetName);
    if (s) setChosenStreet(s.id);
  }, [streets, streetName, ownStreet, chosenStreet]);
  const streetId = ownStreet ?? chosenStreet;
  const scoped = useHandlers(streetId, streetId !== null);
  const data = streetId !== null ? scoped.data : district.data;
  const loading = streetId !== null ? scoped.isPending : district.isPending;

  const options = useMemo(() => {
    if (!data) return [];
    const opt = (kind: HandlerRef['kind'], id: number, label: string) => ({ value: `${kind}:${id}`, label });
    const units = data.units;
    const teams = data.departments.filter((d) => d.street_id !== null);
    const departments = data.departments.filter((d) => d.street_id === null);
    // The catalogue names a usual handler per category (a department's code, or a street team's code prefix).
    const usual = (d: { code: string }) => !!suggested && (d.code === suggested || d.code.startsWith(`${suggested}-`));
    const groups = [
      { label: t('handler.group.suggested'), options: [...teams, ...departments].filter(usual).map((d) => opt('department', d.id, d.name)) },
      { label: t('handler.group.streetTeams'), options: teams.filter((d) => !usual(d)).map((d) => opt('department', d.id, d.name)) },
      { label: t('handler.group.committee'), options: units.filter((u) => u.type === 'committee').map((u) => opt('committee', u.id, u.name)) },
      { label: t('handler.group.streets'), options: units.filter((u) => u.type === 'street').map((u) => opt('street', u.id, u.name)) },
      { label: t('handler.group.departments'), options: departments.filter((d) => !usual(d)).map((d) => opt('department', d.id, d.name)) },
    ];
    return groups.filter((g) => g.options.length > 0);
  }, [data, t, suggested]);

  return (
    <Flex vertical gap={8} data-testid={testId}>
      {ownStreet === null && (
        <Select<number>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('handler.streetPlaceholder')}
          value={chosenStreet ?? undefined}
          onChange={(v) => {
            setChosenStreet(v ?? null);
            onChange?.(null);
          }}
          options={streets.map((s) => ({ value: s.id, label: s.name }))}
          data-testid={`${testId}-street`}
        />
      )}
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={loading}
        placeholder={t('handler.placeholder')}
        value={encode(value)}
        onChange={(v) => onChange?.(decode(v))}
        options={options}
        optionRender={(o) => <span data-testid={`handler-option-${o.value}`}>{o.label}</span>}
        data-testid={`${testId}-select`}
      />
    </Flex>
  );
}
