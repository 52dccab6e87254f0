import type { Core } from '../../../platform/core.js';
import { badRequest, notFound } from '../../../platform/errors.js';
import type { Label } from '../../../platform/i18n.js';
import { todayInShanghai } from '../../../platform/time.js';
import type { OrderStatus } from '../appeals.schema.js';
import { loadCategories, type Category, type CategoryCatalog } from '../category.catalog.js';
import { IndicatorService } from '../indicators/indicator.service.js';
import { addDays } from '../indicators/indicator.rules.js';
import { STATUS_LABELS } from '../orders/order.labels.js';
import { mayBePublic, publicPlace, PUBLISHABLE_NOTE_STEPS, unitsOnPaths } from '../orders/public.view.js';
import * as repo from './public.repository.js';

/** How a public page groups the statuses, and colours them on its map. */
export const STAGES = ['pending', 'handling', 'done'] as const;
export type Stage = (typeof STAGES)[number];

const STAGE_OF: Record<OrderStatus, Stage> = {
  received: 'pending',
  dispatched: 'pending',
  accepted: 'handling',
  in_progress: 'handling',
  suspended: 'handling',
  resolved: 'done',
  closed: 'done',
  merged: 'done',
  invalid: 'done',
};

export const STAGE_LABELS: Record<Stage, Label> = {
  pending: { zh: '待处理', en: 'Awaiting action' },
  handling: { zh: '处理中', en: 'Being handled' },
  done: { zh: '已办结', en: 'Resolved' },
};

/**
 * The steps a public timeline shows, in the public's words. Internal steps (placing by hand, returns between
 * handlers, extensions, supervision, ratings) say nothing the public needs and are left out.
 */
const STEP_WORDS: Record<string, Label> = {
  intake: { zh: '已受理', en: 'Received' },
  dispatch: { zh: '已派发至', en: 'Dispatched to' },
  transfer: { zh: '已转派至', en: 'Transferred to' },
  accept: { zh: '承办单位已签收', en: 'Accepted by the handling unit' },
  start: { zh: '开始处置', en: 'Work started' },
  suspend: { zh: '暂停办理', en: 'Suspended' },
  resume: { zh: '恢复办理', en: 'Resumed' },
  resolve: { zh: '已办结', en: 'Resolved' },
  reopen: { zh: '重新办理', en: 'Reopened' },
  close: { zh: '已结案', en: 'Closed' },
};
const PUBLIC_STEPS = Object.keys(STEP_WORDS);

/** Who handles a request, as the public reads it: the kind of unit, never a person or a committee's name. */
const HANDLER_KINDS: Record<string, Label> = {
  committee: { zh: '居委会', en: 'Neighbourhood committee' },
  street: { zh: '街道', en: 'Street office' },
  department: { zh: '职能部门', en: 'Department' },
};

export const MAX_PAGE_SIZE = 100;
export const MAX_DAYS = 366;

interface District {
  id: number;
  code: string | null;
  name: string;
}

/**
 * A district's public side (no login): its public reports on a map and in a list, each report's page with a
 * timeline of its public steps, and the district's published indicators. What a report shows is decided by
 * public.view.ts; this service reads only columns that view may derive something from, and only the
 * district's public categories, so a private request is absent from lists and 404 on its page.
 */
export class PublicService {
  private readonly figures: IndicatorService;

  constructor(private readonly core: Core) {
    this.figures = new IndicatorService(core);
  }

  async reports(code: string | undefined, q: { page?: number; pageSize?: number; status?: Stage; category?: string }) {
    const { district, categories, codes } = await this.district(code);
    const page = q.page ?? 1;
    const pageSize = Math.min(q.pageSize ?? 20, MAX_PAGE_SIZE);
    let allowed = codes;
    if (q.category) {
      // A category code or a group code; a private or unknown one lists nothing rather than saying it exists.
      allowed = codes.filter((c) => c === q.category || categories.byCode.get(c)?.group === q.category);
    }
    const statuses = q.status ? (Object.keys(STAGE_OF) as OrderStatus[]).filter((s) => STAGE_OF[s] === q.status) : undefined;
    const { rows, total } = await repo.reports(
      this.core.db,
      { districtId: district.id, codes: allowed, statuses },
      { offset: (page - 1) * pageSize, limit: pageSize },
    );
    const units = await unitsOnPaths(
      this.core.db,
      rows.map((r) => r.unit_path),
    );
    const level = categories.publicView.placeLevel;
    return {
      district: { code: district.code, name: district.name },
      placeLevel: level,
      items: rows.map((r) =>
        this.summary(r, categories.byCode.get(r.category_code)!, publicPlace({ unitPath: r.unit_path, lat: r.lat, lng: r.lng }, units, level)),
      ),
      total,
      page,
      pageSize,
    };
  }

  async report(code: string | undefined, id: number) {
    const { district, categories, codes } = await this.district(code);
    const row = await repo.report(this.core.db, { districtId: district.id, codes }, id);
    if (!row) throw notFound('report');
    const level = categories.publicView.placeLevel;
    const [units, events] = await Promise.all([unitsOnPaths(this.core.db, [row.unit_path]), repo.steps(this.core.db, row.id, PUBLIC_STEPS)]);
    return {
      district: { code: district.code, name: district.name },
      ...this.summary(row, categories.byCode.get(row.category_code)!, publicPlace({ unitPath: row.unit_path, lat: row.lat, lng: row.lng }, units, level)),
      timeline: events.map((e) => {
        const handler = (e.data as { handler?: { kind?: string } }).handler;
        const to = e.step === 'dispatch' || e.step === 'transfer' ? (handler?.kind ? (HANDLER_KINDS[handler.kind] ?? null) : null) : null;
        const notePublic = e.note_public && !!e.note && (PUBLISHABLE_NOTE_STEPS as readonly string[]).includes(e.step);
        return {
          step: e.step,
          label: STEP_WORDS[e.step]!,
          handler: to,
          status: e.to_status,
          statusLabel: STATUS_LABELS[e.to_status],
          at: new Date(e.at).toISOString(),
          note: notePublic ? e.note : null,
        };
      }),
    };
  }

  /**
   * The district's published figures for the last `days` days (to today, Shanghai time) against the period of
   * the same length before it: the staff dashboard's district summary, its volume, on-time and satisfaction.
   */
  async indicators(code: string | undefined, days = 30) {
    const { district } = await this.district(code);
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)
      throw badRequest('VALIDATION', { summary: `days: 须为 1 至 ${MAX_DAYS} 之间的整数 / a whole number from 1 to ${MAX_DAYS}` });
    const to = todayInShanghai();
    const s = await this.figures.districtSummary(district.id, { from: addDays(to, -(days - 1)), to });
    const pick = (f: typeof s.current) => ({
      received: f.received,
      resolved: f.resolved,
      rated: f.rated,
      // A rate over fewer than the base says more about chance than about the work: the counts speak instead.
      onTimeRate: f.resolved >= s.minComparisonBase ? f.onTimeRate : null,
      satisfactionRate: f.rated >= s.minComparisonBase ? f.satisfactionRate : null,
    });
    return {
      district: { code: district.code, name: district.name },
      days,
      period: s.period,
      previousPeriod: s.previousPeriod,
      current: pick(s.current),
      previous: pick(s.previous),
      change: {
        received: s.change.received,
        receivedDifference: s.change.receivedDifference,
        onTimeRate: s.change.onTimeRate,
        satisfactionRate: s.change.satisfactionRate,
      },
      minComparisonBase: s.minComparisonBase,
    };
  }

  private summary(r: repo.ReportRow, c: Category, place: ReturnType<typeof publicPlace>) {
    const stage = STAGE_OF[r.status];
    return {
      id: r.id,
      category: { code: c.code, name: c.name, group: c.groupName },
      place,
      status: r.status,
      statusLabel: STATUS_LABELS[r.status],
      stage,
      stageLabel: STAGE_LABELS[stage],
      receivedAt: r.received_at.toISOString(),
      resolvedAt: r.resolved_at?.toISOString() ?? null,
      closedAt: r.closed_at?.toISOString() ?? null,
    };
  }

  /** The district by its code, or the only one when none is named; its public categories. */
  private async district(code: string | undefined): Promise<{ district: District; categories: CategoryCatalog; codes: string[] }> {
    let district: District | undefined;
    if (code) {
      district = await repo.districtByCode(this.core.db, code);
      if (!district) throw notFound('district');
    } else {
      const all = await repo.districts(this.core.db);
      if (all.length !== 1) throw badRequest('VALIDATION', { summary: 'district: 请指明区划代码 / name the district code' });
      district = all[0]!;
    }
    const categories = await loadCategories(this.core.db, district.id);
    const codes = categories.groups
      .flatMap((g) => g.subcategories)
      .filter((c) => c.public && mayBePublic(c))
      .map((c) => c.code);
    return { district, categories, codes };
  }
}
