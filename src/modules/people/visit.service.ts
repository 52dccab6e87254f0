import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { conflict, notFound, badRequest } from '../../platform/errors.js';
import { findVisibleUnit } from '../org/index.js';
import * as visits from './visit.repository.js';
import { resolveTerritory, type CoverageTarget } from './visit.territory.js';
import * as persons from './person.repository.js';
import { addresses } from './person.view.js';
import { PEOPLE } from './people.policy.js';

export const VISIT_KINDS = ['routine', 'care', 'follow_up', 'patrol'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export interface VisitInput {
  /** Made on the phone when the visit is written; a second sync of the same visit is recognised by it. */
  clientId: string;
  houseId: number;
  visitedAt: string;
  kind: VisitKind;
  findings: string;
  needs: Array<{ text: string; category: string }>;
}

export class VisitService {
  constructor(private readonly core: Core) {}

  async record(actor: Actor, input: VisitInput) {
    this.core.assert(actor, PEOPLE.visit);
    const house = await findVisibleUnit(this.core.db, actor.scope, input.houseId);
    if (!house) throw notFound('unit');
    if (house.type !== 'house') throw badRequest('NOT_A_HOUSE', { name: house.name });
    const visitedAt = new Date(input.visitedAt);
    // A phone's clock may run ahead a little; a visit from the future is a mistake.
    if (Number.isNaN(visitedAt.getTime()) || visitedAt.getTime() > Date.now() + 10 * 60_000) throw badRequest('VALIDATION', { summary: 'visitedAt' });
    return this.core.mutate(actor, async (w) => {
      const household = (await persons.householdsOfHouse(w.db, house.id))[0];
      const { visit, created } = await visits.insertOnce(w.db, {
        district_id: house.district_id,
        client_id: input.clientId,
        house_id: house.id,
        household_id: household?.id ?? null,
        unit_path: house.path,
        visited_at: visitedAt,
        kind: input.kind,
        findings: input.findings.trim(),
        visitor_id: actor.userId,
        visitor_name: actor.userName,
      });
      if (!created) {
        if (visit.house_id !== house.id) throw conflict('VISIT_CONFLICT', { clientId: input.clientId });
        return { visit, needs: await visits.needsOf(w.db, [visit.id]), created };
      }
      const needs = await visits.insertNeeds(
        w.db,
        input.needs
          .filter((n) => n.text.trim())
          .map((n) => ({
            visit_id: visit.id,
            district_id: house.district_id,
            unit_path: house.path,
            text: n.text.trim(),
            category: n.category,
            status: 'open' as const,
            link_type: null,
            link_id: null,
          })),
      );
      await persons.ensureHouseInfo(w.db, { house_id: house.id, district_id: house.district_id, unit_path: house.path });
      await visits.touchHouse(w.db, house.id, visitedAt);
      await w.audit({
        action: 'people.visit.record',
        targetType: 'visit',
        targetId: visit.id,
        unitPath: house.path,
        districtId: house.district_id,
        summary: { houseId: house.id, kind: input.kind, needs: needs.length },
      });
      // Appeals and topics take needs up from here; the need keeps the link they write back.
      for (const n of needs)
        w.emit('people.visit.need_recorded', { needId: n.id, visitId: visit.id, houseId: house.id, text: n.text, category: n.category }, house.district_id);
      return { visit, needs, created };
    });
  }

  async list(actor: Actor, q: { unitId?: number; houseId?: number; page: number; pageSize: number }) {
    this.core.assert(actor, PEOPLE.read);
    const within = q.unitId ? [await this.path(actor, q.unitId)] : undefined;
    const r = await visits.list(this.core.db, actor.scope, { within, houseId: q.houseId, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    return {
      ...r,
      needs: await visits.needsOf(
        this.core.db,
        r.items.map((v) => v.id),
      ),
    };
  }

  /** Coverage of a unit (kept for callers that name one); same answer as coverageOf with { unitId }. */
  coverage(actor: Actor, unitId: number, since: string) {
    return this.coverageOf(actor, { unitId }, since);
  }

  /** Coverage of a unit, a grid or the caller's own territory, with the territory it counted. */
  async coverageOf(actor: Actor, target: CoverageTarget, since: string) {
    this.core.assert(actor, PEOPLE.read);
    const territory = await resolveTerritory(this.core.db, actor, target);
    const counts = await visits.coverage(this.core.db, territory?.paths ?? [], since);
    return { ...counts, territory };
  }

  unvisited(actor: Actor, unitId: number, since: string, page: number, pageSize: number) {
    return this.unvisitedOf(actor, { unitId }, since, page, pageSize);
  }

  async unvisitedOf(actor: Actor, target: CoverageTarget, since: string, page: number, pageSize: number) {
    this.core.assert(actor, PEOPLE.read);
    const territory = await resolveTerritory(this.core.db, actor, target);
    const r = await visits.unvisited(this.core.db, territory?.paths ?? [], since, pageSize, (page - 1) * pageSize);
    return {
      ...r,
      addresses: await addresses(
        this.core.db,
        r.items.map((i) => i.house_id),
      ),
    };
  }

  /** How many households of the caller's own territory `unvisitedOf` lists: none for a position without one. */
  async unvisitedCountOfMine(actor: Actor, since: string) {
    this.core.assert(actor, PEOPLE.read);
    const territory = await resolveTerritory(this.core.db, actor, { mine: true });
    return territory ? visits.unvisitedCount(this.core.db, territory.paths, since) : 0;
  }

  private async path(actor: Actor, unitId: number) {
    const unit = await findVisibleUnit(this.core.db, actor.scope, unitId);
    if (!unit) throw notFound('unit');
    return unit.path;
  }
}
