import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import type { Actor } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { UnitService } from '../org/unit.service.js';
import { PersonService } from './person.service.js';
import { ExportRequestService } from './export-request.service.js';
import { ExportPolicyService } from './export-policy.service.js';
import { makeResidentId } from './id-number.js';

let t: TestPlatform;
let exports: ExportRequestService;
let policy: ExportPolicyService;
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? `${e.status} ${e.code}` : String(e)),
  );
let seq = 300;

async function rowsOf(stream: Readable) {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return book.worksheets[0]!.rowCount - 1;
}

/**
 * A district with two streets: committees A and B in the first, C in the second; three residents in A; the
 * district's threshold lowered to 2 rows by its staff, so that A's whole list needs approval.
 */
async function world() {
  const street = await makeUnit(t.core, 'street');
  const districtUnitId = street.parent_id!;
  const street2 = await makeUnit(t.core, 'street', { parentId: districtUnitId });
  const a = await makeUnit(t.core, 'committee', { parentId: street.id });
  const b = await makeUnit(t.core, 'committee', { parentId: street.id });
  const c = await makeUnit(t.core, 'committee', { parentId: street2.id });
  const compound = await makeUnit(t.core, 'compound', { parentId: a.id });
  const building = await makeUnit(t.core, 'building', { parentId: compound.id });
  const house = await makeUnit(t.core, 'house', { parentId: building.id });
  const actors = {
    worker: await actorFor(t.core, 'committee_worker', a.id),
    worker2: await actorFor(t.core, 'committee_worker', a.id),
    head: await actorFor(t.core, 'committee_head', a.id),
    head2: await actorFor(t.core, 'committee_head', a.id),
    headB: await actorFor(t.core, 'committee_head', b.id),
    headC: await actorFor(t.core, 'committee_head', c.id),
    street: await actorFor(t.core, 'street_staff', street.id),
    street2: await actorFor(t.core, 'street_staff', street2.id),
    district: await actorFor(t.core, 'district_staff', districtUnitId),
  };
  const people = new PersonService(t.core);
  const names = ['王秀兰', '李建国', '张伟'];
  for (const [i, name] of names.entries()) {
    await people.create(actors.worker, {
      name,
      docType: 'resident_id',
      docNumber: makeResidentId('310106', `19${60 + i}-05-0${i + 1}`, seq++ * 2),
      gender: null,
      birthDate: null,
      ethnicity: '汉族',
      phone: null,
      nationality: null,
      residence: 'registered_living',
      houseId: house.id,
      relation: i === 0 ? 'owner' : 'family',
      headPersonId: null,
    });
  }
  await policy.set(actors.district, street.district_id, 2);
  return { districtId: street.district_id, districtUnitId, units: { street, street2, a, b, c }, a, ...actors };
}

const ask = async (actor: Actor, reason = '核对走访名单') => {
  const r = await exports.export(actor, {}, reason);
  if (r.kind !== 'request') throw new Error('expected a request');
  return r.request;
};

const auditOf = (id: number) =>
  t.core.db
    .selectFrom('audit_event')
    .select(['action', 'actor_id', 'purpose', 'summary', 'unit_path'])
    .where('target_type', '=', 'export_request')
    .where('target_id', '=', String(id))
    .orderBy('seq')
    .execute();

beforeAll(async () => {
  t = await createTestPlatform();
  exports = new ExportRequestService(t.core);
  policy = new ExportPolicyService(t.core);
});
afterAll(() => t.close());

describe('the district export threshold', () => {
  it('is 200 rows by default; district staff read and change it, streets and other districts cannot', async () => {
    const street = await makeUnit(t.core, 'street');
    const district = await actorFor(t.core, 'district_staff', street.parent_id!);
    const streetStaff = await actorFor(t.core, 'street_staff', street.id);
    const elsewhere = await actorFor(t.core, 'district_staff', (await makeUnit(t.core, 'street')).parent_id!);
    expect(await policy.approvalAbove(street.district_id)).toBe(200);
    expect(await policy.get(district, street.district_id)).toMatchObject({ approvalAbove: 200, isDefault: true, defaultApprovalAbove: 200 });
    expect(await code(policy.get(streetStaff, street.district_id))).toBe('403 FORBIDDEN');
    expect(await code(policy.set(elsewhere, street.district_id, 10))).toBe('404 NOT_FOUND');
    expect(await policy.set(district, street.district_id, 500)).toMatchObject({ approvalAbove: 500, isDefault: false });
    expect(await policy.set(district, street.district_id, null)).toMatchObject({ approvalAbove: null, isDefault: false });
    const log = await t.core.db
      .selectFrom('audit_event')
      .select(['summary', 'unit_path'])
      .where('action', '=', 'people.export.policy')
      .where('target_id', '=', String(street.district_id))
      .orderBy('seq')
      .execute();
    expect(log.map((l) => l.summary)).toEqual([
      { before: 200, after: 500 },
      { before: 500, after: null },
    ]);
    expect(log[0]!.unit_path).toBe(district.scope.paths[0]);
  });
});

describe('exports above the threshold', () => {
  it('stream at or below it, ask for a reason above it, and become one pending request per list', async () => {
    const w = await world();
    // One resident found by name: below the threshold, the file comes at once and the read is logged.
    const small = await exports.export(w.worker, { q: '张伟' });
    expect(small.kind).toBe('file');
    if (small.kind === 'file') expect(await rowsOf(small.stream)).toBe(1);
    const read = await t.core.db
      .selectFrom('audit_event')
      .select(['summary', 'purpose'])
      .where('action', '=', 'people.person.export')
      .where('actor_id', '=', w.worker.userId)
      .executeTakeFirstOrThrow();
    expect(read.summary).toMatchObject({ rows: 1, filters: { q: '张伟' } });

    const refused = await exports.export(w.worker, {}).catch((e: AppError) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('EXPORT_APPROVAL_REQUIRED');
    expect((refused as AppError).details).toEqual({ rows: 3, approvalAbove: 2 });
    expect(await code(exports.export(w.worker, {}, ' '))).toBe('400 EXPORT_APPROVAL_REQUIRED');

    const request = await ask(w.worker, '重阳节慰问名单');
    expect(request).toMatchObject({
      status: 'pending',
      row_count: 3,
      reason: '重阳节慰问名单',
      unit_path: w.a.path,
      requester_role: 'committee_worker',
      position_id: w.worker.positionId,
    });
    // Asking again for the same list adds nothing to decide.
    expect((await ask(w.worker, '再次申请')).id).toBe(request.id);
    expect((await auditOf(request.id)).map((a) => a.action)).toEqual(['people.export.request']);

    // A district that sets no limit never asks.
    await policy.set(w.district, w.districtId, null);
    const all = await exports.export(w.worker, {});
    expect(all.kind).toBe('file');
    if (all.kind === 'file') expect(await rowsOf(all.stream)).toBe(3);
  });

  it('are decided by a supervisor who reaches them, never by the requester or a colleague of the same post', async () => {
    const w = await world();
    const request = await ask(w.worker);
    expect(await code(exports.decide(w.worker2, request.id, true, null))).toBe('403 FORBIDDEN');
    expect(await code(exports.decide(w.headB, request.id, true, null))).toBe('404 NOT_FOUND');
    expect(await code(exports.decide(w.street2, request.id, true, null))).toBe('404 NOT_FOUND');
    const headsOwn = await ask(w.head);
    expect(await code(exports.decide(w.head, headsOwn.id, true, null))).toBe('403 EXPORT_OWN_REQUEST');
    expect(await code(exports.decide(w.head2, headsOwn.id, true, null))).toBe('403 EXPORT_NOT_SUPERVISOR');
    expect(await exports.decide(w.street, headsOwn.id, false, '请按小区分批导出')).toMatchObject({
      status: 'rejected',
      decision_note: '请按小区分批导出',
      expires_at: null,
    });

    const before = Date.now();
    const approved = await exports.decide(w.head, request.id, true, '同意');
    expect(approved.status).toBe('approved');
    expect(approved.decided_by).toBe(w.head.userId);
    expect(approved.expires_at!.getTime() - before).toBeGreaterThanOrEqual(24 * 3600_000 - 1000);
    expect(approved.expires_at!.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
    expect(await code(exports.decide(w.street, request.id, false, null))).toBe('409 EXPORT_DECIDED');

    // What each one sees: their own, and what they may decide, in their scope only.
    const page = { limit: 50, offset: 0 };
    const ids = async (a: Actor, view?: 'mine' | 'decide') => (await exports.list(a, { ...page, view })).items.map((i) => i.row.id);
    expect(await ids(w.worker)).toEqual([request.id]);
    expect(await ids(w.head, 'mine')).toEqual([headsOwn.id]);
    expect(await ids(w.head, 'decide')).toEqual([request.id]);
    expect(await ids(w.head2, 'decide')).toEqual([request.id]);
    expect((await ids(w.street, 'decide')).sort()).toEqual([request.id, headsOwn.id].sort());
    expect(await ids(w.headB)).toEqual([]);
    expect(await ids(w.street2)).toEqual([]);
    const mine = (await exports.list(w.worker, page)).items[0]!;
    expect(mine.can).toEqual({ decide: false, download: true });
    expect(mine.status).toBe('approved');
    expect((await exports.list(w.head, { ...page, view: 'decide' })).items[0]!.can).toEqual({ decide: false, download: false });
  });

  it('download once, by the requester only, within 24 hours of the approval; every step is in the audit log', async () => {
    const w = await world();
    const request = await ask(w.worker, '低保复核');
    expect(await code(exports.download(w.worker, request.id))).toBe('409 EXPORT_NOT_APPROVED');
    await exports.decide(w.head, request.id, true, '同意，注意保密');
    expect(await code(exports.download(w.head, request.id))).toBe('403 EXPORT_NOT_REQUESTER');
    // The same person through another position is not the requester either.
    expect(await code(exports.download({ ...w.worker, positionId: w.worker2.positionId }, request.id))).toBe('403 EXPORT_NOT_REQUESTER');
    expect(await code(exports.download(w.headC, request.id))).toBe('404 NOT_FOUND');
    const file = await exports.download(w.worker, request.id);
    expect(await rowsOf(file.stream)).toBe(3);
    expect(await code(exports.download(w.worker, request.id))).toBe('410 EXPORT_DOWNLOADED');
    const log = await auditOf(request.id);
    expect(log.map((a) => [a.action, a.actor_id])).toEqual([
      ['people.export.request', w.worker.userId],
      ['people.export.approve', w.head.userId],
      ['people.export.download', w.worker.userId],
    ]);
    expect(log[2]).toMatchObject({
      purpose: '低保复核',
      unit_path: w.a.path,
      summary: expect.objectContaining({ requestId: request.id, rows: 3, rowsApproved: 3, approvedBy: w.head.userId }),
    });
    expect(log[1]!.summary).toMatchObject({ note: '同意，注意保密' });

    // An approval a day old is spent: the request is marked expired, and that too is logged.
    const late = await ask(w.worker, '另一份名单');
    await exports.decide(w.street, late.id, true, null);
    await t.core.db
      .updateTable('export_request')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('id', '=', late.id)
      .execute();
    expect((await exports.list(w.worker, { limit: 50, offset: 0, status: 'expired' })).items.map((i) => i.row.id)).toEqual([late.id]);
    expect(await code(exports.download(w.worker, late.id))).toBe('410 EXPORT_EXPIRED');
    expect((await t.core.db.selectFrom('export_request').select('status').where('id', '=', late.id).executeTakeFirstOrThrow()).status).toBe('expired');
    expect((await auditOf(late.id)).map((a) => a.action)).toEqual(['people.export.request', 'people.export.approve', 'people.export.expire']);
    expect(await code(exports.download(w.worker, late.id))).toBe('410 EXPORT_EXPIRED');

    const rejected = await ask(w.worker, '第三份名单');
    await exports.decide(w.head, rejected.id, false, null);
    expect(await code(exports.download(w.worker, rejected.id))).toBe('409 EXPORT_NOT_APPROVED');
  });

  it('lapse when nobody decides them within seven days: read as expired, never decided, and asked again anew', async () => {
    const w = await world();
    const request = await ask(w.worker, '年度核对');
    const deadline = request.expires_at!.getTime() - request.created_at.getTime();
    expect(deadline).toBe(7 * 86_400_000);
    expect((await exports.list(w.head, { view: 'decide', limit: 50, offset: 0, status: 'pending' })).items.map((i) => i.row.id)).toContain(request.id);
    await t.core.db
      .updateTable('export_request')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('id', '=', request.id)
      .execute();
    const decideList = await exports.list(w.head, { view: 'decide', limit: 50, offset: 0 });
    expect(decideList.items.find((i) => i.row.id === request.id)).toMatchObject({ status: 'expired', can: { decide: false } });
    expect((await exports.list(w.head, { view: 'decide', limit: 50, offset: 0, status: 'pending' })).items.map((i) => i.row.id)).not.toContain(request.id);
    expect((await exports.list(w.worker, { limit: 50, offset: 0, status: 'expired' })).items.map((i) => i.row.id)).toContain(request.id);
    expect(await code(exports.decide(w.head, request.id, true, null))).toBe('410 EXPORT_EXPIRED');
    expect(await code(exports.download(w.worker, request.id))).toBe('410 EXPORT_EXPIRED');
    // The same list asked again is a new request to decide, not the lapsed one.
    const again = await ask(w.worker, '年度核对');
    expect(again.id).not.toBe(request.id);
    await exports.decide(w.head, again.id, true, null);
    expect(await rowsOf((await exports.download(w.worker, again.id)).stream)).toBe(3);
  });

  it('follow their committee when it moves to another street', async () => {
    const w = await world();
    const request = await ask(w.worker);
    await new UnitService(t.core).move(w.district, w.a.id, w.units.street2.id, '区划调整');
    expect(await code(exports.decide(w.street, request.id, true, null))).toBe('404 NOT_FOUND');
    expect((await exports.decide(w.street2, request.id, true, null)).status).toBe('approved');
  });
});
