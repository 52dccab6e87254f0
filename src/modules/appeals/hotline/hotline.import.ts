import type { Core } from '../../../platform/core.js';
import type { Actor } from '../../../platform/actor.js';
import { notFound } from '../../../platform/errors.js';
import { containsPath } from '../../../platform/scope.js';
import { APPEALS } from '../appeals.policy.js';
import { loadCategories } from '../category.catalog.js';
import { IntakeService } from '../orders/intake.service.js';
import * as orders from '../orders/order.repository.js';
import { checkHotline, fieldError, type FieldError, type HotlineOrder } from './hotline.rules.js';
import { readHotlineFile } from './hotline.reader.js';
import { intakeOf, placeOf, sourceOf } from '../transfer/transfer.service.js';
import * as repo from '../transfer/transfer.repository.js';

export interface RowError extends FieldError {
  row: number;
}

export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  rows: number;
  /** Orders new to us (made, or to be made on commit). */
  created: number;
  /** Rows whose order number was imported before: skipped, as a retried file must be. */
  existing: number;
  errors: RowError[];
  orderIds: number[];
}

/**
 * A file of hotline orders (a CSV or XLSX export of the 12345 system) imported for a partner: every row is
 * checked first and the errors reported by row and field; only a file without errors is written, all of it in
 * one transaction. Rows already imported (same partner, same order number) are skipped, so the same file can
 * be sent again safely.
 */
export class HotlineImportService {
  private readonly intake: IntakeService;

  constructor(private readonly core: Core) {
    this.intake = new IntakeService(core);
  }

  async import(actor: Actor, partnerCode: string, file: { name: string; bytes: Buffer }, dryRun: boolean): Promise<ImportReport> {
    this.core.assert(actor, APPEALS.transfer);
    const districtId = actor.scope.districtId;
    if (!districtId) throw notFound('district');
    const partner = await repo.partnerByCode(this.core.db, districtId, partnerCode);
    if (!partner?.active) throw notFound('transfer_partner');
    const rows = await readHotlineFile(file.bytes, file.name);
    const categories = await loadCategories(this.core.db, districtId);
    const now = new Date();

    const errors: RowError[] = [];
    const ready: Array<{ row: number; order: HotlineOrder; unitId: number | null }> = [];
    const seen = new Map<string, number>();
    let existing = 0;
    for (const r of rows) {
      const checked = checkHotline(r.fields, categories, now);
      if (!checked.ok) {
        errors.push(...checked.errors.map((e) => ({ ...e, row: r.row })));
        continue;
      }
      const h = checked.order;
      const first = seen.get(h.orderNo);
      if (first !== undefined) {
        errors.push({ ...fieldError('orderNo', 'DUPLICATE_IN_FILE', { value: h.orderNo, first }), row: r.row });
        continue;
      }
      seen.set(h.orderNo, r.row);
      const before = await orders.findByExternalId(this.core.db, districtId, partner.code, h.orderNo);
      // An order taken in before but beyond the importer's reach: neither its content nor its place is theirs
      // to compare, so the row is refused in words that say nothing of it (decision 0012).
      if (before && !(await orders.findVisible(this.core.db, actor, before.id))) {
        errors.push({ ...fieldError('orderNo', 'NOT_YOURS', { value: h.orderNo }), row: r.row });
        continue;
      }
      if (before) {
        if (before.category_code !== h.categoryCode || before.title !== h.title.trim())
          errors.push({ ...fieldError('orderNo', 'ALREADY_DIFFERENT', { value: h.orderNo }), row: r.row });
        else existing++;
        continue;
      }
      const place = await placeOf(this.core.db, districtId, h);
      if ('code' in place) {
        errors.push({ ...place, row: r.row });
        continue;
      }
      // Street staff import for their street: a row placed elsewhere is theirs to send on, not to take in.
      if (!containsPath(actor.scope, place.path)) {
        errors.push({ ...fieldError(h.unitId !== null ? 'unitId' : 'address', 'OUTSIDE_SCOPE'), row: r.row });
        continue;
      }
      ready.push({ row: r.row, order: h, unitId: place.unitId });
    }
    errors.sort((a, b) => a.row - b.row);
    const report: ImportReport = { dryRun, committed: false, rows: rows.length, created: ready.length, existing, errors, orderIds: [] };
    if (dryRun || errors.length) return report;

    // The district's catalogue, calendar and rules, read once and outside the transaction that takes every row.
    const setup = await this.intake.setup(districtId);
    const write = () =>
      this.core.mutate(actor, async (w) => {
        await repo.lockPartnerImports(w.db, districtId, partner.code);
        const ids: number[] = [];
        let made = 0;
        for (const r of ready) {
          const res = await this.intake.fromSystemIn(w, intakeOf(r.order, r.unitId), sourceOf(partner, r.order), setup);
          ids.push(res.order.id);
          if (res.created) made++;
        }
        await w.audit({
          action: 'appeals.hotline.import',
          targetType: 'transfer_partner',
          targetId: partner.id,
          districtId,
          summary: { partner: partner.code, file: file.name.slice(0, 100), rows: rows.length, created: made, existing: existing + ready.length - made },
        });
        return { ids, made };
      });
    let done: Awaited<ReturnType<typeof write>>;
    try {
      done = await write();
    } catch (e) {
      // The same order arrived by the hotline's own push while the file went in: once more, and it is found.
      if ((e as { code?: string }).code !== '23505') throw e;
      done = await write();
    }
    return { ...report, committed: true, created: done.made, existing: existing + ready.length - done.made, orderIds: done.ids };
  }
}
