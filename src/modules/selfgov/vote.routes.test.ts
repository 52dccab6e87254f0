import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Selectable } from 'kysely';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../test/support/factories.js';
import { login, type Client } from '../../../test/support/http.js';
import type { Database } from '../../platform/db/schema.js';
import { tallyOwners } from './vote.tally.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

type Unit = Selectable<Database['unit']>;
const hour = 3600_000;

/** A house with its floor area on record (or none). */
async function house(building: Unit, areaM2: string | null) {
  const h = await makeUnit(t.core, 'house', { parentId: building.id });
  if (areaM2 !== null)
    await t.core.db.insertInto('house_info').values({ house_id: h.id, district_id: h.district_id, unit_path: h.path, area_m2: areaM2 }).execute();
  return h;
}

/** A person tied to houses (as owner, tenant…), in a household of the first, with a resident account bound to them. */
async function resident(name: string, ties: Array<{ house: Unit; relation: string }>, household?: number) {
  const home = ties[0]!.house;
  const doc = randomBytes(8).toString('hex');
  const person = await t.core.db
    .insertInto('person')
    .values({
      district_id: home.district_id,
      name,
      name_pinyin: 'x',
      name_initials: 'x',
      doc_type: 'id',
      doc_hash: doc,
      doc_enc: doc,
      doc_masked: '****',
      doc_last4: doc.slice(-4),
      residence: 'resident',
      house_id: home.id,
      unit_path: home.path,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const tie of ties) {
    await t.core.db
      .insertInto('person_house')
      .values({
        district_id: home.district_id,
        person_id: person.id,
        house_id: tie.house.id,
        relation: tie.relation,
        since: null,
        until: null,
        unit_path: tie.house.path,
      })
      .execute();
  }
  const hh =
    household ??
    (
      await t.core.db
        .insertInto('household')
        .values({ district_id: home.district_id, house_id: home.id, head_person_id: person.id, unit_path: home.path })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  await t.core.db.insertInto('household_member').values({ household_id: hh, person_id: person.id, relation_to_head: null, since: null }).execute();
  const { user } = await makeUser(t.core, 'resident', home.id);
  await t.core.db.updateTable('person').set({ user_id: user.id }).where('id', '=', person.id).execute();
  const app = await t.app();
  return { personId: person.id, household: hh, client: await login(app, user.username, FACTORY_PASSWORD) };
}

async function staff(role: 'committee_worker' | 'committee_head', unitId: number) {
  const { user } = await makeUser(t.core, role, unitId);
  return { client: await login(await t.app(), user.username, FACTORY_PASSWORD), name: user.display_name };
}

const window = () => ({ opensAt: new Date(Date.now() - hour).toISOString(), closesAt: new Date(Date.now() + hour).toISOString() });
/** Voting time has run out (the test does not wait an hour). */
const expire = (voteId: number) =>
  t.core.db
    .updateTable('selfgov_vote')
    .set({ closes_at: new Date(Date.now() - 1000) })
    .where('id', '=', voteId)
    .execute();
const key = () => randomBytes(8).toString('hex');

describe('owners’ votes under art. 278 over the API', () => {
  let compound: Unit;
  let houses: Unit[];
  let worker: Client;
  let head: Awaited<ReturnType<typeof staff>>;
  let a: Awaited<ReturnType<typeof resident>>;
  let b: Awaited<ReturnType<typeof resident>>;
  let c: Awaited<ReturnType<typeof resident>>;
  let tenant: Awaited<ReturnType<typeof resident>>;
  let outsider: Awaited<ReturnType<typeof resident>>;
  let voteId: number;

  beforeAll(async () => {
    compound = await makeUnit(t.core, 'compound', { name: '锦绣苑' });
    const building = await makeUnit(t.core, 'building', { parentId: compound.id });
    houses = [await house(building, '87.65'), await house(building, '100'), await house(building, '60.00'), await house(building, '120.50')];
    // A owns two flats (one owner, both areas); B and C own the third together (one ballot); D owns the fourth.
    a = await resident('甲', [
      { house: houses[0]!, relation: 'owner' },
      { house: houses[1]!, relation: 'owner' },
    ]);
    b = await resident('乙', [{ house: houses[2]!, relation: 'owner' }]);
    c = await resident('丙', [{ house: houses[2]!, relation: 'owner' }], b.household);
    await resident('丁', [{ house: houses[3]!, relation: 'owner' }]);
    tenant = await resident('租户', [{ house: houses[3]!, relation: 'tenant' }]);
    const elsewhere = await makeUnit(t.core, 'compound', { parentId: compound.parent_id!, name: '梅园新村' });
    const otherBuilding = await makeUnit(t.core, 'building', { parentId: elsewhere.id });
    outsider = await resident('戊', [{ house: await house(otherBuilding, '90'), relation: 'owner' }]);
    worker = (await staff('committee_worker', compound.parent_id!)).client;
    head = await staff('committee_head', compound.parent_id!);
  });

  it('drafts a vote and opens it with the owners’ register frozen', async () => {
    const created = await worker.post('/api/selfgov/votes', {
      unitId: compound.id,
      question: '加装电梯',
      kind: 'owners278',
      matter: 'major',
      eligibility: 'owners',
      secret: true,
      ...window(),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', options: ['同意 / For', '反对 / Against', '弃权 / Abstain'], electors: null });
    voteId = created.body.id;
    expect((await a.client.post(`/api/selfgov/votes/${voteId}/ballots`, { choice: 0, idempotencyKey: key() })).body.error.code).toBe('SELFGOV_VOTE_NOT_OPEN');

    const opened = await worker.post(`/api/selfgov/votes/${voteId}/open`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ status: 'open', electors: 3 });
    expect((await worker.post(`/api/selfgov/votes/${voteId}/open`)).body.error.code).toBe('SELFGOV_VOTE_STATE');

    // Later changes to areas and owners do not reach the register of a vote already open.
    await t.core.db.updateTable('house_info').set({ area_m2: '999.00' }).where('house_id', '=', houses[0]!.id).execute();
    const late = await resident('新业主', [{ house: houses[1]!, relation: 'owner' }]);
    const register = await t.core.db
      .selectFrom('selfgov_vote_register')
      .select(['house_id', 'area_centi', 'voter_key'])
      .where('vote_id', '=', voteId)
      .orderBy('house_id')
      .execute();
    expect(register.map((r) => r.area_centi)).toEqual([8765, 10000, 6000, 12050]);
    expect(register[0]!.voter_key).toBe(register[1]!.voter_key);
    expect(new Set(register.map((r) => r.voter_key)).size).toBe(3);
    expect((await late.client.post(`/api/selfgov/votes/${voteId}/ballots`, { choice: 0, idempotencyKey: key() })).body.error.code).toBe(
      'SELFGOV_VOTE_NOT_ELECTOR',
    );
  });

  it('refuses a register with a house whose floor area is unknown, naming it', async () => {
    const other = await makeUnit(t.core, 'building');
    const bare = await house(other, null);
    await resident('某', [{ house: bare, relation: 'owner' }]);
    const committee = (await t.core.db.selectFrom('unit').select('parent_id').where('id', '=', other.parent_id!).executeTakeFirstOrThrow()).parent_id!;
    const w = (await staff('committee_worker', committee)).client;
    const v = await w.post('/api/selfgov/votes', {
      unitId: other.id,
      question: '维修资金使用',
      kind: 'owners278',
      matter: 'major',
      eligibility: 'owners',
      secret: false,
      ...window(),
    });
    const res = await w.post(`/api/selfgov/votes/${v.body.id}/open`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'SELFGOV_VOTE_AREA_MISSING' });
    expect(res.body.error.message).toContain(String(bare.id));
  });

  it('takes one ballot per owner whatever the retries, and answers a retry with the first receipt', async () => {
    const k = key();
    const tries = await Promise.all(Array.from({ length: 6 }, () => a.client.post(`/api/selfgov/votes/${voteId}/ballots`, { choice: 0, idempotencyKey: k })));
    expect(tries.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(tries.map((r) => r.body.receipt)).size).toBe(1);
    expect(tries[0]!.body.receipt).toMatch(/^[0-9a-f]{16}$/);
    const stored = await t.core.db.selectFrom('selfgov_vote_ballot').select(['voter_key', 'choice']).where('vote_id', '=', voteId).execute();
    expect(stored).toHaveLength(1);
    const cast = await t.core.db
      .selectFrom('audit_event')
      .select('seq')
      .where('action', '=', 'selfgov.vote.cast')
      .where('target_id', '=', String(voteId))
      .execute();
    expect(cast).toHaveLength(1);

    // A second ballot of the same owner under another key is refused, as is the co-owner's once the house voted.
    const again = await a.client.post(`/api/selfgov/votes/${voteId}/ballots`, { choice: 1, idempotencyKey: key() });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SELFGOV_VOTE_ALREADY_CAST');
    expect((await b.client.post(`/api/selfgov/votes/${voteId}/ballots`, { choice: 1, idempotencyKey: key() })).status).toBe(200);
    expect((await c.client.post(`/api/selfgov/votes/${voteId}/ballots`, { choice: 0, idempotencyKey: key() })).body.error.code).toBe(
      'SELFGOV_VOTE_ALREADY_CAST',
    );

    const mine = await c.client.get(`/api/selfgov/votes/${voteId}/my-ballot`);
    expect(mine.body).toMatchObject({ onRegister: true, voted: true });
    expect(Object.keys(mine.body).sort()).toEqual(['castAt', 'onRegister', 'receipt', 'voted']);
  });

  it('lets only residents on the register vote; another compound’s resident gets what a missing vote gets', async () => {
    expect((await tenant.client.post(`/api/selfgov/votes/${voteId}/ballots`, { choice: 0, idempotencyKey: key() })).body.error.code).toBe(
      'SELFGOV_VOTE_NOT_ELECTOR',
    );
    expect((await worker.post(`/api/selfgov/votes/${voteId}/ballots`, { choice: 0, idempotencyKey: key() })).status).toBe(403);
    const outside = await outsider.client.post(`/api/selfgov/votes/${voteId}/ballots`, { choice: 0, idempotencyKey: key() });
    const missing = await outsider.client.post('/api/selfgov/votes/2147483000/ballots', { choice: 0, idempotencyKey: key() });
    expect(outside.status).toBe(404);
    expect(outside.body).toEqual(missing.body);
    expect((await outsider.client.get(`/api/selfgov/votes/${voteId}`)).status).toBe(404);
    expect((await outsider.client.get('/api/selfgov/votes')).body.items.map((v: { id: number }) => v.id)).not.toContain(voteId);
    expect((await a.client.get('/api/selfgov/votes')).body.items.map((v: { id: number }) => v.id)).toContain(voteId);
  });

  it('shows no result to anyone while open, to reviewers once closed, to voters once published with its validator', async () => {
    for (const who of [worker, head.client, a.client]) {
      const r = await who.get(`/api/selfgov/votes/${voteId}/result`);
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('SELFGOV_VOTE_RESULT_HIDDEN');
    }
    expect((await a.client.get(`/api/selfgov/votes/${voteId}/receipts`)).status).toBe(409);
    expect((await worker.post(`/api/selfgov/votes/${voteId}/close`)).body.error.code).toBe('SELFGOV_VOTE_OUTSIDE_HOURS');
    await expire(voteId);
    expect((await a.client.post(`/api/selfgov/votes/${voteId}/ballots`, { choice: 0, idempotencyKey: key() })).body.error.code).toBe(
      'SELFGOV_VOTE_OUTSIDE_HOURS',
    );
    expect((await worker.post(`/api/selfgov/votes/${voteId}/close`)).body.status).toBe('closed');
    expect((await a.client.get(`/api/selfgov/votes/${voteId}/result`)).status).toBe(409);
    expect((await worker.get(`/api/selfgov/votes/${voteId}/result`)).status).toBe(200);

    expect((await worker.post(`/api/selfgov/votes/${voteId}/publish`)).status).toBe(403);
    const published = await head.client.post(`/api/selfgov/votes/${voteId}/publish`);
    expect(published.body).toMatchObject({ status: 'published', validatorName: head.name });

    const result = await a.client.get(`/api/selfgov/votes/${voteId}/result`);
    expect(result.status).toBe(200);
    const register = await t.core.db
      .selectFrom('selfgov_vote_register')
      .select(['house_id', 'area_centi', 'voter_key'])
      .where('vote_id', '=', voteId)
      .execute();
    const ballots = await t.core.db.selectFrom('selfgov_vote_ballot').select(['voter_key', 'choice']).where('vote_id', '=', voteId).execute();
    const expected = tallyOwners(
      register.map((r) => ({ partId: r.house_id, areaCenti: r.area_centi!, ownerKey: r.voter_key })),
      ballots.map((x) => ({ ownerKey: x.voter_key, choice: (['for', 'against', 'abstain'] as const)[x.choice]! })),
      'major',
    );
    expect(result.body.owners).toEqual(expected);
    // A (187.65 m²) for, B and C (60 m²) against, D away: both participations met, approval by area met, by owners not.
    expect(
      result.body.owners.thresholds.map((x: { key: string; numerator: number; denominator: number; met: boolean }) => [
        x.key,
        x.numerator,
        x.denominator,
        x.met,
      ]),
    ).toEqual([
      ['participationArea', 24765, 36815, true],
      ['participationOwners', 2, 3, true],
      ['approvalArea', 18765, 24765, true],
      ['approvalOwners', 1, 2, false],
    ]);
    expect(result.body.owners.passed).toBe(false);

    const receipts = await a.client.get(`/api/selfgov/votes/${voteId}/receipts`);
    const mine = await a.client.get(`/api/selfgov/votes/${voteId}/my-ballot`);
    expect(receipts.body.receipts).toHaveLength(2);
    expect(receipts.body.receipts).toContain(mine.body.receipt);
    const audit = await t.core.db
      .selectFrom('audit_event')
      .select('action')
      .where('target_type', '=', 'selfgov_vote')
      .where('target_id', '=', String(voteId))
      .orderBy('seq')
      .execute();
    expect(audit.map((x) => x.action)).toEqual([
      'selfgov.vote.create',
      'selfgov.vote.open',
      'selfgov.vote.cast',
      'selfgov.vote.cast',
      'selfgov.vote.close',
      'selfgov.vote.publish',
    ]);
  });
});

describe('polls of one vote per household', () => {
  it('counts one ballot per household against its quorum and majority', async () => {
    const building = await makeUnit(t.core, 'building');
    const h1 = await house(building, null);
    const h2 = await house(building, null);
    const h3 = await house(building, null);
    const p1 = await resident('一', [{ house: h1, relation: 'family' }]);
    const p2 = await resident('二', [{ house: h1, relation: 'family' }], p1.household);
    const p3 = await resident('三', [{ house: h2, relation: 'tenant' }]);
    await resident('四', [{ house: h3, relation: 'owner' }]);
    const committee = (await t.core.db.selectFrom('unit').select('parent_id').where('id', '=', building.parent_id!).executeTakeFirstOrThrow()).parent_id!;
    const w = (await staff('committee_worker', committee)).client;
    const headOf = await staff('committee_head', committee);
    const v = await w.post('/api/selfgov/votes', {
      unitId: building.id,
      question: '楼道自行车停放点',
      kind: 'poll',
      options: ['一楼车棚', '楼后空地'],
      quorum: { num: 1, den: 2 },
      majority: 'simple',
      eligibility: 'household',
      secret: false,
      ...window(),
    });
    expect(v.status).toBe(201);
    expect((await w.post(`/api/selfgov/votes/${v.body.id}/open`)).body.electors).toBe(3);
    expect((await p1.client.post(`/api/selfgov/votes/${v.body.id}/ballots`, { choice: 1, idempotencyKey: key() })).status).toBe(200);
    expect((await p2.client.post(`/api/selfgov/votes/${v.body.id}/ballots`, { choice: 0, idempotencyKey: key() })).body.error.code).toBe(
      'SELFGOV_VOTE_ALREADY_CAST',
    );
    expect((await p3.client.post(`/api/selfgov/votes/${v.body.id}/ballots`, { choice: 2, idempotencyKey: key() })).body.error.code).toBe('SELFGOV_VOTE_CHOICE');
    expect((await p3.client.post(`/api/selfgov/votes/${v.body.id}/ballots`, { choice: 1, idempotencyKey: key() })).status).toBe(200);
    await expire(v.body.id);
    await w.post(`/api/selfgov/votes/${v.body.id}/close`);
    await headOf.client.post(`/api/selfgov/votes/${v.body.id}/publish`);
    const result = await p2.client.get(`/api/selfgov/votes/${v.body.id}/result`);
    expect(result.body.owners).toBeNull();
    expect(result.body.poll).toEqual({
      electors: 3,
      cast: 2,
      byOption: [
        { option: 0, votes: 0 },
        { option: 1, votes: 2 },
      ],
      quorum: { numerator: 2, denominator: 3, need: { num: 1, den: 2, rule: 'atLeast' }, met: true },
      winner: 1,
    });
  });
});
