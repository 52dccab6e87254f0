import { useMemo } from 'react';
import { Card, Col, DatePicker, Row, Segmented, Select, TreeSelect, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { dayjs, nowInZone } from '../../../shared/format';
import type { IndicatorOptions, Interval } from './IndicatorApi';
import { useIndicatorT } from './IndicatorI18n';

interface TreeNode {
  value: number;
  title: string;
  children: TreeNode[];
}

/** Districts, streets and committees of the caller's scope as a tree (a unit whose parent is out of scope is a root). */
function unitTree(units: IndicatorOptions['units']): TreeNode[] {
  const nodes = new Map(units.map((u) => [u.id, { value: u.id, title: u.name, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const u of units) {
    const parent = u.parentId !== null ? nodes.get(u.parentId) : undefined;
    (parent ? parent.children : roots).push(nodes.get(u.id)!);
  }
  return roots;
}

function Label({ text }: { text: string }) {
  return (
    <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4, fontSize: '0.9em' }}>
      {text}
    </Typography.Text>
  );
}

/** The dashboard's filters: a unit of the scope, one handling department or all, the period and the trend's step. */
export function IndicatorFilters({
  options,
  unitId,
  departmentId,
  from,
  to,
  interval,
  onChange,
}: {
  options: IndicatorOptions;
  unitId: number | null;
  departmentId: number | null;
  from: string;
  to: string;
  interval: Interval;
  onChange: (patch: { unit?: number | null; dept?: number | null; from?: string; to?: string; interval?: Interval }) => void;
}) {
  const t = useIndicatorT();
  const tree = useMemo(() => unitTree(options.units), [options.units]);
  const unit = options.units.find((u) => u.id === unitId);
  const departments = options.departments.filter((d) => !unit || d.districtId === unit.districtId);
  const fixed = options.fixedDepartmentId !== null;
  const today = nowInZone();
  const presets: Array<{ label: string; value: [Dayjs, Dayjs] }> = [
    { label: t('ind.preset.thisMonth'), value: [today.startOf('month'), today] },
    { label: t('ind.preset.thisQuarter'), value: [today.month(Math.floor(today.month() / 3) * 3).startOf('month'), today] },
    { label: t('ind.preset.thisYear'), value: [today.startOf('year'), today] },
    { label: t('ind.preset.last30'), value: [today.subtract(29, 'day'), today] },
    { label: t('ind.preset.last12m'), value: [today.subtract(1, 'year').add(1, 'day'), today] },
  ];

  return (
    <Card style={{ marginBottom: 16 }} data-testid="indicator-filters">
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12} xl={7}>
          <Label text={t('ind.unit')} />
          <TreeSelect
            style={{ width: '100%' }}
            treeData={tree}
            value={unitId ?? undefined}
            onChange={(v: number) => onChange({ unit: v })}
            showSearch
            treeNodeFilterProp="title"
            treeDefaultExpandedKeys={tree.map((n) => n.value)}
            popupMatchSelectWidth={false}
            aria-label={t('ind.unit')}
            data-testid="indicator-unit"
          />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Label text={t('ind.department')} />
          <Select
            style={{ width: '100%' }}
            allowClear={!fixed}
            disabled={fixed && departments.length <= 1}
            showSearch
            optionFilterProp="label"
            placeholder={t('ind.allDepartments')}
            value={departmentId ?? undefined}
            onChange={(v?: number) => onChange({ dept: v ?? null })}
            popupMatchSelectWidth={false}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
            aria-label={t('ind.department')}
            data-testid="indicator-department"
          />
        </Col>
        <Col xs={24} md={16} xl={7}>
          <Label text={t('ind.period')} />
          <DatePicker.RangePicker
            style={{ width: '100%' }}
            value={[dayjs(from), dayjs(to)]}
            allowClear={false}
            presets={presets}
            disabledDate={(d) => d.isAfter(today, 'day')}
            onChange={(v) => v?.[0] && v[1] && onChange({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
            data-testid="indicator-period"
          />
        </Col>
        <Col xs={24} md={8} xl={4}>
          <Label text={t('ind.interval')} />
          <Segmented<Interval>
            value={interval}
            onChange={(v) => onChange({ interval: v })}
            options={[
              { value: 'week', label: t('ind.week') },
              { value: 'month', label: t('ind.month') },
            ]}
            data-testid="indicator-interval"
          />
        </Col>
      </Row>
    </Card>
  );
}
