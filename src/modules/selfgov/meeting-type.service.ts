import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import { findVisibleUnit } from '../org/index.js';
import { SELFGOV } from './selfgov.policy.js';
import { loadMeetingTypes } from './meeting-type.catalog.js';

/** The meeting types a unit can hold, from its district's catalog: those of its level that are meetings or processes. */
export class MeetingTypeService {
  constructor(private readonly core: Core) {}

  async forUnit(actor: Actor, unitId: number) {
    this.core.assert(actor, SELFGOV.read);
    const unit = await findVisibleUnit(this.core.db, actor.scope, unitId);
    if (!unit) throw notFound('unit');
    const { types, roles } = await loadMeetingTypes(this.core.db, unit.district_id);
    return { types: types.filter((t) => t.level === unit.type && t.kind !== 'agency'), roles };
  }
}
