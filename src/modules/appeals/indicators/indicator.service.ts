import type { Core } from '../../../platform/core.js';
import type { Actor } from '../../../platform/actor.js';
import type { Label } from '../../../platform/i18n.js';
import { todayInShanghai } from '../../../platform/time.js';
import { APPEALS } from '../appeals.policy.js';
import type { Channel } from '../appeals.schema.js';
import { loadCategories } from '../category.catalog.js';
import { CHANNEL_LABELS } from '../orders/order.labels.js';
import { placeOf } from '../orders/order.parties.js';
import * as repo from './indicator.repository.js';
import {
  addDays,
  bucketsOf,
  changeOf,
  MIN_COMPARISON_BASE,
  dayStart,
  DEFAULT_MIN_VOLUME,
  figuresOf,
  intervalFor,
  MEASURES,
  periodsOf,
  rankAll,
  sumAll,
  ZERO,
  type Figures,
  type Interval,
  type Ranked,
  type Sums,
} from './indicator.rules.js';
import { childLevelOf, districtSubject, freshen, familyOf, resolveSubject, sourceFor, type Subject } from './indicator.subject.js';

export interface IndicatorQuery {
  unitId: number;
  departmentId?: number | null;
  from?: string;
  to?: string;
}

// A row's counts alone, whatever grouping columns came with them.
const sumsOf = (r: Sums): Sums => Object.fromEntries(MEASURES.map((k) => [k, Number(r[k])])) as unknown as Sums;

const subjectView = (s: Subject) => ({
  unit: { id: s.unit.id, name: s.unit.name, type: s.unit.type },
  department: s.department ? { id: s.department.id, name: s.department.name } : null,
});

/**
 * Across a whole district a street team answers under its district department, which is accountable for its
 * teams. Within a street, or looking at one department, each team is shown as itself.
 */
const rollsUp = (s: Subject) => s.level === 'district' && !s.departmentIds;

export interface RankRow {
  kind: 'street' | 'committee' | 'department';
  id: number;
  name: string;
  figures: Figures;
  ranks: Ranked<unknown>['ranks'];
  score: number | null;
}

/**
 * Indicators of appeals (诉求指标) by unit and period, and the rankings of the two-way evaluation (双向评议):
 * what was received through which channel and about what, how fast it was accepted, how much was resolved and
 * on time, how the reporters rated it and how often they reopened it. Figures come from the rollups kept
 * beside the orders, never from counting a year of orders.
 */
export class IndicatorService {
  constructor(private readonly core: Core) {}

  /** Who may see what: the units and departments the caller can ask about, and where the dashboard opens. */
  async options(actor: Actor) {
    this.core.assert(actor, APPEALS.indicators);
    const units = await repo.unitsInScope(this.core.db, actor.scope);
    const districtIds = [...new Set(units.map((u) => u.district_id))];
    const all = await repo.departmentsOf(this.core.db, districtIds);
    let departments: repo.DepartmentRow[];
    if (actor.role === 'department_staff') {
      const own = actor.scope.departmentId;
      departments = own ? all.filter((d) => familyOf(all, own).includes(d.id)) : [];
    } else if (actor.scope.all || actor.role === 'district_staff') {
      departments = all;
    } else {
      // A street's staff (and its committees') compare the district's departments and their own street teams.
      const streets = new Set(actor.scope.paths.map((p) => placeOf(p).streetId).filter((id): id is number => id !== null));
      departments = all.filter((d) => d.street_id === null || streets.has(d.street_id));
    }
    const top = [...units].sort((a, b) => a.path.split('/').length - b.path.split('/').length)[0];
    return {
      units: units.map((u) => ({ id: u.id, districtId: u.district_id, type: u.type, name: u.name, parentId: u.parent_id })),
      departments: departments
        .filter((d) => !d.retired_at)
        .map((d) => ({ id: d.id, districtId: d.district_id, name: d.name, parentId: d.parent_id, streetId: d.street_id })),
      defaultUnitId: top?.id ?? null,
      // Department staff always look at their own department; they cannot clear it.
      fixedDepartmentId: actor.role === 'department_staff' ? actor.scope.departmentId : null,
    };
  }

  /**
   * The figures of a unit (or of one department within it) over the period, against the previous period of the
   * same length, with the volume by channel and by category.
   */
  async summary(actor: Actor, q: IndicatorQuery) {
    return this.summaryOf(await resolveSubject(this.core, actor, q.unitId, q.departmentId), q);
  }

  /** A district's published figures (its public pages): the same summary as its staff read for the whole district. */
  async districtSummary(districtId: number, q: Pick<IndicatorQuery, 'from' | 'to'>) {
    return this.summaryOf(await districtSubject(this.core, districtId), q);
  }

  private async summaryOf(s: Subject, q: Pick<IndicatorQuery, 'from' | 'to'>) {
    const periods = periodsOf(q, todayInShanghai());
    const byChannelSource = sourceFor(s, 'channel');
    const byCategorySource = sourceFor(s, 'category');
    await freshen(this.core, byChannelSource);
    const [channelRows, categoryRows, categories] = await Promise.all([
      repo.aggregate(this.core.db, byChannelSource, {
        period: { from: periods.previous.from, to: periods.current.to },
        splitAt: periods.current.from,
        by: ['channel'],
      }),
      repo.aggregate(this.core.db, byCategorySource, { period: periods.current, by: ['category'] }),
      loadCategories(this.core.db, s.districtId),
    ]);
    const current = sumAll(channelRows.filter((r) => r.current).map(sumsOf));
    const previous = sumAll(channelRows.filter((r) => !r.current).map(sumsOf));
    const cur = figuresOf(current);
    const prev = figuresOf(previous);

    const byChannel = channelRows
      .filter((r) => r.current && Number(r.received) > 0)
      .map((r) => ({ channel: r.channel!, name: CHANNEL_LABELS[r.channel as Channel] ?? { zh: r.channel!, en: r.channel! }, figures: figuresOf(sumsOf(r)) }))
      .sort((a, b) => b.figures.received - a.figures.received || a.channel.localeCompare(b.channel));

    // Subcategories roll up into their category by the district's catalogue; a code the catalogue no longer
    // knows stays visible as its own category rather than vanishing from the totals.
    const groups = new Map<string, { code: string; name: Label; sums: Sums; subcategories: Array<{ code: string; name: Label; received: number }> }>();
    for (const r of categoryRows) {
      const sums = sumsOf(r);
      if (sums.received === 0) continue;
      const sub = categories.byCode.get(r.category_code!);
      const code = sub?.group ?? r.category_code!;
      const g = groups.get(code) ?? { code, name: sub?.groupName ?? { zh: code, en: code }, sums: ZERO, subcategories: [] };
      g.sums = sumAll([g.sums, sums]);
      g.subcategories.push({ code: r.category_code!, name: sub?.name ?? { zh: r.category_code!, en: r.category_code! }, received: sums.received });
      groups.set(code, g);
    }
    const byCategory = [...groups.values()]
      .map((g) => ({
        code: g.code,
        name: g.name,
        figures: figuresOf(g.sums),
        subcategories: g.subcategories.sort((a, b) => b.received - a.received || a.code.localeCompare(b.code)),
      }))
      .sort((a, b) => b.figures.received - a.figures.received || a.code.localeCompare(b.code));

    return {
      ...subjectView(s),
      period: periods.current,
      previousPeriod: periods.previous,
      current: cur,
      previous: prev,
      change: changeOf(cur, prev),
      minComparisonBase: MIN_COMPARISON_BASE,
      byChannel,
      byCategory,
    };
  }

  /** The figures week by week (from Monday) or month by month over the period, empty buckets included. */
  async series(actor: Actor, q: IndicatorQuery & { interval?: Interval }) {
    const s = await resolveSubject(this.core, actor, q.unitId, q.departmentId);
    const periods = periodsOf(q, todayInShanghai());
    const interval = q.interval ?? intervalFor(periods.days);
    const source = sourceFor(s, null);
    await freshen(this.core, source);
    const rows = await repo.aggregate(this.core.db, source, { period: periods.current, bucket: interval });
    const byKey = new Map(rows.map((r) => [r.bucket!, sumsOf(r)]));
    return {
      ...subjectView(s),
      period: periods.current,
      interval,
      points: bucketsOf(periods.current, interval).map((b) => ({ from: b.from, to: b.to, figures: figuresOf(byKey.get(b.key) ?? ZERO) })),
    };
  }

  /**
   * The two-way evaluation (双向评议): the units one level down (a district's streets, a street's committees)
   * and the departments that handled the unit's orders, ranked by on-time, resolution and satisfaction rates
   * among those with at least `minVolume` valid orders; and how the departments and street offices invited by
   * the unit's committees answered their summons (约请).
   */
  async rankings(actor: Actor, q: IndicatorQuery & { minVolume?: number }) {
    const s = await resolveSubject(this.core, actor, q.unitId, q.departmentId);
    const periods = periodsOf(q, todayInShanghai());
    const minVolume = q.minVolume ?? DEFAULT_MIN_VOLUME;
    const childType = childLevelOf(s);
    const unitSource = childType ? sourceFor(s, childType) : null;
    const deptSource = sourceFor(s, 'department');
    await freshen(this.core, deptSource);
    if (unitSource) await freshen(this.core, unitSource);
    const [unitRows, children, deptRows, summons] = await Promise.all([
      unitSource ? repo.aggregate(this.core.db, unitSource, { period: periods.current, by: [childType!] }) : [],
      childType ? repo.childUnits(this.core.db, s.unit.id, childType) : [],
      repo.aggregate(this.core.db, deptSource, { period: periods.current, by: ['department'] }),
      repo.summonsByInvitee(this.core.db, {
        districtId: s.districtId,
        path: s.unit.path,
        departmentIds: s.departmentIds,
        start: dayStart(periods.current.from),
        end: dayStart(addDays(periods.current.to, 1)),
      }),
    ]);

    const unitSums = new Map(unitRows.map((r) => [Number(childType === 'street' ? r.street_id : r.committee_id), sumsOf(r)]));
    const units = rankAll(
      children.map((u) => ({ item: u, sums: unitSums.get(u.id) ?? ZERO })),
      minVolume,
    ).map((r) => this.rankRow(childType!, r.item.id, r.item.name, r));

    const byId = new Map(s.departments.map((d) => [d.id, d]));
    const keyOf = (id: number) => (rollsUp(s) ? (byId.get(id)?.parent_id ?? id) : id);
    const deptSums = new Map<number, Sums>();
    for (const r of deptRows) {
      const id = Number(r.department_id);
      if (id <= 0) continue;
      const key = keyOf(id);
      deptSums.set(key, sumAll([deptSums.get(key) ?? ZERO, sumsOf(r)]));
    }
    const departments = rankAll(
      [...deptSums]
        .filter(([, v]) => v.received > 0)
        .sort(([a], [b]) => a - b)
        .map(([id, sums]) => ({ item: id, sums })),
      minVolume,
    ).map((r) => this.rankRow('department', r.item, byId.get(r.item)?.name ?? `#${r.item}`, r));

    return {
      ...subjectView(s),
      period: periods.current,
      minVolume,
      unitLevel: childType,
      units,
      departments,
      summons: await this.summonsRows(s, summons),
    };
  }

  private rankRow(kind: RankRow['kind'], id: number, name: string, r: Ranked<unknown>): RankRow {
    return { kind, id, name, figures: r.figures, ranks: r.ranks, score: r.score };
  }

  private async summonsRows(s: Subject, rows: repo.SummonsRow[]) {
    const byId = new Map(s.departments.map((d) => [d.id, d]));
    const lines = new Map<string, { kind: 'department' | 'street'; id: number; rows: repo.SummonsRow[] }>();
    for (const r of rows) {
      const kind = r.department_id !== null ? 'department' : 'street';
      const raw = (r.department_id ?? r.unit_id)!;
      const id = kind === 'department' && rollsUp(s) ? (byId.get(raw)?.parent_id ?? raw) : raw;
      const line = lines.get(`${kind}:${id}`) ?? { kind, id, rows: [] };
      line.rows.push(r);
      lines.set(`${kind}:${id}`, line);
    }
    const units = new Map(
      (
        await repo.unitsByIds(
          this.core.db,
          [...lines.values()].filter((l) => l.kind === 'street').map((l) => l.id),
        )
      ).map((u) => [u.id, u.name]),
    );
    return [...lines.values()]
      .map((l) => {
        const sum = (k: 'invited' | 'responded' | 'responded_on_time' | 'met' | 'resolved' | 'unresolved' | 'rated' | 'rating_sum') =>
          l.rows.reduce((a, r) => a + Number(r[k]), 0);
        const resolved = sum('resolved');
        const unresolved = sum('unresolved');
        return {
          kind: l.kind,
          id: l.id,
          name: l.kind === 'department' ? (byId.get(l.id)?.name ?? `#${l.id}`) : (units.get(l.id) ?? `#${l.id}`),
          invited: sum('invited'),
          responded: sum('responded'),
          respondedOnTime: sum('responded_on_time'),
          met: sum('met'),
          resolved,
          unresolved,
          // Of the summons with a reported result: those still open are neither solved nor failed yet.
          resolutionRate: resolved + unresolved > 0 ? resolved / (resolved + unresolved) : null,
          committeeRating: sum('rated') > 0 ? sum('rating_sum') / sum('rated') : null,
        };
      })
      .sort((a, b) => (b.resolutionRate ?? -1) - (a.resolutionRate ?? -1) || b.invited - a.invited || a.id - b.id);
  }
}
