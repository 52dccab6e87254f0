import type { Core } from '../../../platform/core.js';
import type { DomainEvent } from '../../../platform/events.js';
import { systemActor } from '../../../platform/actor.js';
import { loadCategories } from '../category.catalog.js';
import { IntakeService } from './intake.service.js';

interface NeedRecorded {
  needId: number;
  visitId: number;
  houseId: number;
  text: string;
  category: string;
}

/**
 * A need found on a visit (people module) becomes a work order of the 'visit' channel, found by the worker
 * (主动发现). The need's id is the outside id, so a redelivered event never makes a second order; the people
 * module links the need to the order when it hears 'appeals.order.received'.
 */
export async function onNeedRecorded(e: DomainEvent, core: Core) {
  const need = e.payload as unknown as NeedRecorded;
  if (!e.districtId) return;
  const categories = await loadCategories(core.db, e.districtId);
  const code = categories.visitNeeds[need.category] ?? categories.visitNeeds.other;
  if (!code || !categories.byCode.has(code)) return;
  const text = need.text.trim();
  const title = text.length > 30 ? `${text.slice(0, 29)}…` : text;
  await new IntakeService(core).fromSystem(
    systemActor(`visit-${need.visitId}`),
    { categoryCode: code, title: title.length >= 2 ? title : `走访发现：${title}`, description: text, unitId: need.houseId },
    {
      channel: 'visit',
      discovery: 'active',
      sourceSystem: 'visit',
      externalId: String(need.needId),
      districtId: e.districtId,
    },
  );
}
