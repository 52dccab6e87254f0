import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import type { AppError } from '../../platform/errors.js';
import { TopicService } from './topic.service.js';

let t: TestPlatform;
let service: TopicService;
beforeAll(async () => {
  t = await createTestPlatform();
  service = new TopicService(t.core);
});
afterAll(() => t.close());

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: AppError) => `${e.status} ${e.code}`,
  );

describe('topics of a committee', () => {
  it('are recorded in a unit of the scope, audited, and seen by the committee and its street only', async () => {
    const committee = await makeUnit(t.core, 'committee');
    const neighbour = await makeUnit(t.core, 'committee', { parentId: committee.parent_id! });
    const worker = await actorFor(t.core, 'committee_worker', committee.id);
    const street = await actorFor(t.core, 'street_staff', committee.parent_id!);
    const other = await actorFor(t.core, 'committee_worker', neighbour.id);

    const row = await service.create(worker, committee.id, { title: '  第一条  ', body: '' });
    expect(row).toMatchObject({ title: '第一条', body: null, unit_path: committee.path });
    const audit = await t.core.db
      .selectFrom('audit_event')
      .select(['action', 'unit_path'])
      .where('target_type', '=', 'selfgov_topic')
      .where('target_id', '=', String(row.id))
      .execute();
    expect(audit).toEqual([{ action: 'selfgov.topic.create', unit_path: committee.path }]);

    expect((await service.list(street, { page: 1, pageSize: 20 })).items.map((r) => r.id)).toContain(row.id);
    expect((await service.list(other, { page: 1, pageSize: 20 })).items.map((r) => r.id)).not.toContain(row.id);
    expect(await code(service.get(other, row.id))).toBe('404 NOT_FOUND');
    expect(await code(service.update(other, row.id, { title: '改' }))).toBe('404 NOT_FOUND');
    expect(await code(service.create(other, committee.id, { title: '越界' }))).toBe('404 NOT_FOUND');
  });

  it('refuses an empty title and a reader without the right to keep them, writing nothing', async () => {
    const committee = await makeUnit(t.core, 'committee');
    const worker = await actorFor(t.core, 'committee_worker', committee.id);
    const grid = await actorFor(t.core, 'grid_worker', committee.parent_id!);
    expect(await code(service.create(worker, committee.id, { title: '   ' }))).toBe('400 SELFGOV_TOPIC_TITLE_EMPTY');
    expect(await code(service.create(grid, committee.id, { title: '网格员登记' }))).toBe('403 FORBIDDEN');
    expect((await service.list(worker, { page: 1, pageSize: 20 })).total).toBe(0);
  });
});
