import type { Core } from '../../../platform/core.js';
import type { Actor } from '../../../platform/actor.js';
import { todayInShanghai } from '../../../platform/time.js';
import { loadCategories } from '../category.catalog.js';
import { risingTerms, topTerms, type RisingTerm } from './hot-topics.js';
import * as repo from './hot-topic.repository.js';
import { unitsByIds } from './indicator.repository.js';
import { addDays, dayStart } from './indicator.rules.js';
import { areaOf, childLevelOf, resolveSubject } from './indicator.subject.js';
import { unitPoints } from '../../org/index.js';
import { heatCells } from './hot-topic-heat.js';

export interface HotTopicQuery {
  unitId: number;
  departmentId?: number | null;
  /** The last day of the current week (today by default). */
  to?: string;
  /** Weeks before the current one that make its baseline. */
  weeks?: number;
}

export interface HeatQuery extends HotTopicQuery {
  /** Only the orders mentioning this keyword. */
  term?: string;
  /** Only the orders of this category. */
  category?: string;
}

export const DEFAULT_BASELINE_WEEKS = 4;
/** Fewest mentions in the current week for a term to rise (risingTerms' own default). */
const MIN_COUNT = 3;
const TOP_TERMS = 20;
const TOP_CATEGORIES = 10;
const RISING_LIMIT = 10;

/**
 * Hot topics (热点) of a unit, as the 12345 hotline's analysis shows them: the problems raised most over the
 * last weeks (by category and by keyword), and the terms that rose suddenly in the last 7 days against the
 * weeks before, for the whole unit and for each of its streets (of a district) or committees (of a street).
 */
export class HotTopicService {
  constructor(private readonly core: Core) {}

  async hotTopics(actor: Actor, q: HotTopicQuery) {
    const s = await resolveSubject(this.core, actor, q.unitId, q.departmentId);
    const to = q.to ?? todayInShanghai();
    const weeks = q.weeks ?? DEFAULT_BASELINE_WEEKS;
    const end = dayStart(addDays(to, 1));
    const window = { from: addDays(to, -7 * (weeks + 1) + 1), to };
    const current = { from: addDays(to, -6), to };
    const area = areaOf(s);
    const by = childLevelOf(s);
    const [categoryRows, weekRows, catalogue] = await Promise.all([
      repo.topCategories(this.core.db, area, dayStart(window.from), end, dayStart(current.from), TOP_CATEGORIES),
      repo.termWeeks(this.core.db, area, end, weeks, { minCount: MIN_COUNT, top: TOP_TERMS, by }),
      loadCategories(this.core.db, s.districtId),
    ]);
    const whole = weekRows.filter((r) => r.whole);
    const thisWeek = new Map(whole.map((r) => [r.term, r.weeks[0]!]));
    const terms = topTerms(new Map(whole.map((r) => [r.term, r.weeks.reduce((a, b) => a + b, 0)])), TOP_TERMS).map((x) => ({
      ...x,
      current: thisWeek.get(x.term)!,
    }));

    const rise = (rows: repo.WeekRow[]): RisingTerm[] =>
      risingTerms(
        new Map(rows.map((r) => [r.term, r.weeks[0]!])),
        Array.from({ length: weeks }, (_, i) => new Map(rows.map((r) => [r.term, r.weeks[i + 1]!]))),
        { minCount: MIN_COUNT, limit: RISING_LIMIT },
      );
    const perArea = new Map<number, repo.WeekRow[]>();
    for (const r of weekRows) {
      if (r.whole || r.area_id === null) continue;
      const rows = perArea.get(r.area_id) ?? [];
      rows.push(r);
      perArea.set(r.area_id, rows);
    }
    const names = new Map((await unitsByIds(this.core.db, [...perArea.keys()])).map((u) => [u.id, u]));
    const areas = [...perArea]
      .map(([id, rows]) => ({ id, name: names.get(id)?.name ?? `#${id}`, type: by!, rising: rise(rows) }))
      .filter((a) => a.rising.length > 0)
      .sort((a, b) => b.rising[0]!.z - a.rising[0]!.z || a.id - b.id);

    return {
      unit: { id: s.unit.id, name: s.unit.name, type: s.unit.type },
      department: s.department ? { id: s.department.id, name: s.department.name } : null,
      window,
      current,
      weeks,
      areaLevel: by,
      categories: categoryRows.map((c) => {
        const sub = catalogue.byCode.get(c.category_code);
        return {
          code: c.category_code,
          name: sub?.name ?? { zh: c.category_code, en: c.category_code },
          groupName: sub?.groupName ?? null,
          count: c.count,
          current: c.current,
        };
      }),
      terms,
      rising: rise(whole),
      areas,
    };
  }

  /**
   * Where the hot topics' orders are: the orders of the same window (all, or those of one keyword or category)
   * as counted cells at their compound's point or a ~100 m cell (hot-topic-heat.ts), never one order's point.
   */
  async heat(actor: Actor, q: HeatQuery) {
    const s = await resolveSubject(this.core, actor, q.unitId, q.departmentId);
    const to = q.to ?? todayInShanghai();
    const weeks = q.weeks ?? DEFAULT_BASELINE_WEEKS;
    const window = { from: addDays(to, -7 * (weeks + 1) + 1), to };
    const groups = await repo.heatGroups(this.core.db, areaOf(s), dayStart(window.from), dayStart(addDays(to, 1)), { term: q.term, category: q.category });
    const ids = [...new Set(groups.flatMap((g) => [g.compound_id, g.committee_id]).filter((id): id is number => id !== null))];
    const points = new Map((await unitPoints(this.core.db, ids)).map((p) => [p.unit_id, { lat: p.lat, lng: p.lng }]));
    return { window, term: q.term ?? null, category: q.category ?? null, ...heatCells(groups, points) };
  }
}
