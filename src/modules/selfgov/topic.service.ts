import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { findVisibleUnit } from '../org/index.js';
import { SELFGOV } from './selfgov.policy.js';
import * as repo from './topic.repository.js';

export interface TopicInput {
  title: string;
  body?: string | null;
}

/** Topics of a unit of the territory: read by those whose scope holds the unit, kept by its committee and the levels above. */
export class TopicService {
  constructor(private readonly core: Core) {}

  async list(actor: Actor, f: { q?: string; unitId?: number; page: number; pageSize: number }) {
    this.core.assert(actor, SELFGOV.read);
    let unitPath: string | undefined;
    if (f.unitId) {
      const unit = await findVisibleUnit(this.core.db, actor.scope, f.unitId);
      if (!unit) throw notFound('unit');
      unitPath = unit.path;
    }
    return repo.list(this.core.db, actor.scope, { q: f.q, unitPath, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
  }

  async get(actor: Actor, id: number) {
    this.core.assert(actor, SELFGOV.read);
    const row = await repo.findVisible(this.core.db, actor.scope, id);
    if (!row) throw notFound('topic');
    return row;
  }

  async create(actor: Actor, unitId: number, input: TopicInput) {
    this.core.assert(actor, SELFGOV.manage);
    const fields = this.fields(input);
    return this.core.mutate(actor, async (w) => {
      // The unit is checked against the caller's scope in the same transaction as the write.
      const unit = await findVisibleUnit(w.db, actor.scope, unitId);
      if (!unit || unit.retired_at) throw notFound('unit');
      const row = await repo.insert(w.db, {
        district_id: unit.district_id,
        unit_id: unit.id,
        unit_path: unit.path,
        created_by: actor.userId || null,
        ...fields,
      });
      await w.audit({
        action: 'selfgov.topic.create',
        targetType: 'selfgov_topic',
        targetId: row.id,
        districtId: unit.district_id,
        unitPath: unit.path,
        summary: { after: fields },
      });
      return row;
    });
  }

  async update(actor: Actor, id: number, input: TopicInput) {
    this.core.assert(actor, SELFGOV.manage);
    const fields = this.fields(input);
    return this.core.mutate(actor, async (w) => {
      const before = await repo.findVisible(w.db, actor.scope, id);
      if (!before) throw notFound('topic');
      const after = await repo.update(w.db, id, fields);
      await w.audit({
        action: 'selfgov.topic.update',
        targetType: 'selfgov_topic',
        targetId: id,
        districtId: before.district_id,
        unitPath: before.unit_path,
        summary: { before: { title: before.title, body: before.body }, after: fields },
      });
      return after;
    });
  }

  private fields(input: TopicInput) {
    const title = input.title.trim();
    if (!title) throw badRequest('SELFGOV_TOPIC_TITLE_EMPTY');
    return { title, body: input.body?.trim() || null };
  }
}
