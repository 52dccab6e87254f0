import { localize, type Label, type Locale } from '../../../platform/i18n.js';
import type { OrderStatus } from '../appeals.schema.js';
import type { Category, CategoryCatalog } from '../category.catalog.js';
import { STATUS_LABELS } from '../orders/order.labels.js';
import type { Names } from '../orders/order.view.js';
import type { PublicRow } from './open311.repository.js';
import { publicHandlerName, publicTitle, type PublicPlace } from '../orders/public.view.js';

/**
 * Our orders and categories in Open311 GeoReport v2's words. What a request shows is what may be public
 * (public.view.ts): the category, the place at the district's level, the dates, the status with the notes its
 * handler made public, and who handles it — never who reported it, their words, their house or their point.
 * The client that submitted a request reads back what it sent.
 */
export const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';

const OPEN: readonly OrderStatus[] = ['received', 'dispatched', 'accepted', 'in_progress', 'suspended'];
export const open311Status = (s: OrderStatus): 'open' | 'closed' => (OPEN.includes(s) ? 'open' : 'closed');
export const statusesOf = (s: 'open' | 'closed'): OrderStatus[] => (s === 'open' ? [...OPEN] : ['resolved', 'closed', 'merged', 'invalid']);

/** The public categories of the catalogue, in catalogue order (a private category is never public). */
export const publicCategories = (c: CategoryCatalog): Category[] => c.groups.flatMap((g) => g.subcategories.filter((s) => s.public));

export function serviceView(c: Category, locale: Locale) {
  return {
    service_code: c.code,
    service_name: localize(c.name, locale),
    description:
      locale === 'en'
        ? `${c.groupName.en} · ${c.name.en}: resolved within ${c.resolveDays} working day(s)`
        : `${c.groupName.zh} · ${c.name.zh}：${c.resolveDays} 个工作日内办结`,
    metadata: true,
    type: 'realtime' as const,
    keywords: [c.groupName.zh, c.groupName.en, c.name.zh].join(','),
    group: localize(c.groupName, locale),
  };
}

const l = (label: Label, locale: Locale) => localize(label, locale);

/** The attributes every service takes (service definitions): urgency, a unit of the district, the client's own id, consent to contact. */
export function definitionView(c: Category, locale: Locale) {
  return {
    service_code: c.code,
    attributes: [
      {
        variable: true,
        code: 'urgency',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: null,
        order: 1,
        description: l({ zh: '紧急程度（紧急的诉求 30 分钟内签收）', en: 'Urgency (urgent requests are accepted within 30 minutes)' }, locale),
        values: [
          { key: 'normal', name: l({ zh: '一般', en: 'Normal' }, locale) },
          { key: 'urgent', name: l({ zh: '紧急', en: 'Urgent' }, locale) },
        ],
      },
      {
        variable: true,
        code: 'unit_id',
        datatype: 'number',
        required: false,
        order: 2,
        datatype_description: l(
          { zh: '辖区单位编号（小区、楼栋等；与 address_id 相同）', en: 'A unit of the district (compound, building …); the same as address_id' },
          locale,
        ),
        description: l({ zh: '问题所在的辖区单位', en: 'The unit where the problem is' }, locale),
        values: [],
      },
      {
        variable: true,
        code: 'external_id',
        datatype: 'string',
        required: false,
        order: 3,
        datatype_description: l({ zh: '不超过 100 个字符', en: 'At most 100 characters' }, locale),
        description: l(
          {
            zh: '客户端自己的编号：以同一编号重试不会重复建单，也可用作 token 查询',
            en: 'Your own id for the request: a retry with the same id makes no second request, and it works as a token',
          },
          locale,
        ),
        values: [],
      },
      {
        variable: true,
        code: 'contact_shared',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: null,
        order: 4,
        description: l({ zh: '是否同意承办单位直接联系反映人', en: 'May the handling unit contact the reporter directly' }, locale),
        values: [
          { key: 'false', name: l({ zh: '否', en: 'No' }, locale) },
          { key: 'true', name: l({ zh: '是', en: 'Yes' }, locale) },
        ],
      },
    ],
  };
}

/** Steps whose notes a reporter is told about (order.notify): the partner an order came from hears them (transfer.outbox). */
export const PUBLIC_NOTE_STEPS = ['suspend', 'resolve', 'reopen', 'close', 'merge', 'invalidate'] as const;

export function requestView(
  o: PublicRow,
  ctx: { categories: CategoryCatalog; names: Names; notes: Map<number, string>; locale: Locale; place: PublicPlace; own: boolean },
) {
  const c = ctx.categories.byCode.get(o.category_code);
  const level = ctx.categories.publicView.placeLevel;
  const handler =
    o.handler_kind === 'department'
      ? ctx.names.departments.get(o.handler_department_id!)
      : o.handler_unit_id
        ? ctx.names.units.get(o.handler_unit_id)
        : ctx.names.units.get(o.dispatcher_unit_id);
  const note = ctx.notes.get(o.id);
  const place = ctx.own ? { unitId: o.unit_id, name: o.address, lat: o.lat, lng: o.lng } : ctx.place;
  const label = l(STATUS_LABELS[o.status], ctx.locale);
  const merged = o.merged_into_id ? (ctx.locale === 'en' ? ` (merged into request ${o.merged_into_id})` : `（已并入诉求 ${o.merged_into_id}）`) : '';
  return {
    service_request_id: String(o.id),
    status: open311Status(o.status),
    status_notes: `${label}${merged}${note ? `${ctx.locale === 'en' ? ': ' : '：'}${note}` : ''}`,
    service_name: c ? l(c.name, ctx.locale) : o.category_code,
    service_code: o.category_code,
    description: ctx.own ? o.title : c ? publicTitle(c, ctx.locale) : null,
    agency_responsible: publicHandlerName(o.handler_kind, handler ?? null, level, ctx.locale),
    service_notice: c
      ? ctx.locale === 'en'
        ? `Resolved within ${c.resolveDays} working day(s) of acceptance`
        : `签收后 ${c.resolveDays} 个工作日内办结`
      : null,
    requested_datetime: o.received_at.toISOString(),
    // updated_at is the transaction's clock, a moment before the received time set in code: never an update
    // before the request itself.
    updated_datetime: (o.updated_at > o.received_at ? o.updated_at : o.received_at).toISOString(),
    expected_datetime: o.resolve_due_at?.toISOString() ?? null,
    address: place.name,
    address_id: place.unitId === null ? null : String(place.unitId),
    zipcode: null,
    lat: place.lat,
    long: place.lng,
    media_url: null,
  };
}
