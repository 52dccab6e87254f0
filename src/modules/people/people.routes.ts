import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Core } from '../../platform/core.js';
import { IdParams, Label, Nullable, PageQuery, pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { todayInShanghai } from '../../platform/time.js';
import { findVisibleUnit, committeesWithHouseCounts, pathsOfVisibleGrid } from '../org/index.js';
import { PersonService } from './person.service.js';
import { VisitService, VISIT_KINDS } from './visit.service.js';
import { loadTagCatalog } from './tag.catalog.js';
import { addresses, personView } from './person.view.js';
import * as persons from './person.repository.js';
import { qualityByCommittee } from './quality.repository.js';
import { exportPersons } from './person.export.js';
import { ImportService } from './import.service.js';
import { ShareService } from './share.service.js';
import { BindingService } from './binding.service.js';
import { templateCsv, templateXlsx } from './import/import.template.js';
import multipart from '@fastify/multipart';
import { DOC_TYPES, HOUSE_RELATIONS, HOUSE_USES, RESIDENCE, RELATION_LABEL, type HouseRelation } from './people.types.js';
import { PEOPLE } from './people.policy.js';

const Enum = <T extends readonly string[]>(values: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

const AddressView = Type.Object({ houseId: Type.Integer(), house: Type.String(), compound: Nullable(Type.String()), committee: Nullable(Type.String()), text: Type.String() });
const TagRef = Type.Object({ code: Type.String(), name: Label, sensitive: Type.Boolean() });
export const PersonView = Type.Object({
  id: Type.Integer(), name: Type.String(), gender: Nullable(Type.String()), birthDate: Nullable(Type.String()), age: Nullable(Type.Integer()),
  ethnicity: Nullable(Type.String()), nationality: Nullable(Type.String()), docType: Type.String(), docTypeLabel: Label,
  docMasked: Type.String(), phoneMasked: Nullable(Type.String()), residence: Type.String(), residenceLabel: Label,
  houseId: Nullable(Type.Integer()), address: Nullable(AddressView), tags: Type.Array(TagRef), updatedAt: Type.String(),
});
const PersonBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 50 }),
  docType: Enum(DOC_TYPES),
  docNumber: Type.String({ minLength: 1, maxLength: 30 }),
  gender: Type.Optional(Nullable(Enum(['male', 'female'] as const))),
  birthDate: Type.Optional(Nullable(Day)),
  ethnicity: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  nationality: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  residence: Enum(RESIDENCE),
  houseId: Type.Integer({ minimum: 1 }),
  relation: Enum(HOUSE_RELATIONS),
  since: Type.Optional(Nullable(Day)),
  headPersonId: Type.Optional(Nullable(Type.Integer())),
  relationToHead: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
});
const ListQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    unitId: Type.Optional(Type.Integer({ minimum: 1 })),
    gridId: Type.Optional(Type.Integer({ minimum: 1 })),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    tags: Type.Optional(Type.String({ maxLength: 200, description: 'comma-separated tag codes, all required' })),
    ageMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 150 })),
    ageMax: Type.Optional(Type.Integer({ minimum: 0, maximum: 150 })),
    gender: Type.Optional(Enum(['male', 'female'] as const)),
    residence: Type.Optional(Enum(RESIDENCE)),
    noVisitDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
    sort: Type.Optional(Enum(['name', 'age', 'updated'] as const)),
    desc: Type.Optional(Type.Boolean()),
  }),
]);
const tags = ['people'];

export function peopleRoutes(app: FastifyInstance, core: Core) {
  const people = new PersonService(core);
  const visits = new VisitService(core);
  const catalogOf = (districtId: number | null) => loadTagCatalog(core.db, districtId ?? 0);
  const body = (b: Static<typeof PersonBody>) => ({
    ...b, gender: b.gender ?? null, birthDate: b.birthDate ?? null, ethnicity: b.ethnicity ?? null, nationality: b.nationality ?? null, phone: b.phone ?? null,
  });

  app.get('/persons', {
    config: { access: { auth: 'session', probe: { kind: 'list', resource: 'person' } } },
    schema: { tags, summary: '实有人口查询 / Query residents', querystring: ListQuery, response: { 200: paged(PersonView) } },
  }, async (req) => {
    const actor = actorOf(req);
    const q = req.query as Static<typeof ListQuery>;
    const { page, pageSize } = pageOf(q);
    let within: string[] | undefined;
    if (q.gridId) {
      const paths = await pathsOfVisibleGrid(core.db, actor.scope, q.gridId);
      if (!paths) throw notFound('grid');
      within = paths;
    }
    const r = await people.list(actor, {
      unitId: q.unitId, within, q: q.q?.trim() || undefined, tags: q.tags ? q.tags.split(',').map((t) => t.trim()).filter(Boolean) : undefined,
      ageMin: q.ageMin, ageMax: q.ageMax, gender: q.gender, residence: q.residence, noVisitDays: q.noVisitDays,
      sort: q.sort ?? 'name', desc: q.desc ?? false, limit: pageSize, offset: (page - 1) * pageSize,
    });
    const catalog = await catalogOf(actor.scope.districtId);
    const addr = await addresses(core.db, r.items.map((p) => p.house_id).filter((x): x is number => x !== null));
    return { items: r.items.map((p) => personView(p, catalog, r.hidden, p.house_id ? addr.get(p.house_id) : undefined)), total: r.total, page, pageSize };
  });

  const ExportQuery = Type.Omit(ListQuery, ['page', 'pageSize']);
  app.get('/persons/export', {
    config: { access: { auth: 'session', probe: { kind: 'export', resource: 'person' } } },
    schema: { tags, summary: '导出名单（脱敏，留痕） / Export the list (masked, logged)', querystring: ExportQuery, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const q = req.query as Static<typeof ListQuery>;
    const within = q.gridId ? (await pathsOfVisibleGrid(core.db, actor.scope, q.gridId)) ?? undefined : undefined;
    if (q.gridId && !within) throw notFound('grid');
    const { stream } = await exportPersons(core, actor, {
      unitId: q.unitId, within, q: q.q?.trim() || undefined, tags: q.tags ? q.tags.split(',').map((t) => t.trim()).filter(Boolean) : undefined,
      ageMin: q.ageMin, ageMax: q.ageMax, gender: q.gender, residence: q.residence, noVisitDays: q.noVisitDays, sort: q.sort ?? 'name', desc: q.desc ?? false,
    });
    const name = `residents-${todayInShanghai()}.xlsx`;
    reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    reply.header('content-disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`实有人口-${todayInShanghai()}.xlsx`)}`);
    return reply.send(stream);
  });

  const share = new ShareService(core);
  const PurposeHeaders = Type.Object({ 'x-purpose': Type.String({ minLength: 2, maxLength: 200, description: '用途（如：为老服务补贴核对）/ purpose of the query' }) });
  app.get('/share/persons', {
    config: { access: { auth: 'session', probe: { kind: 'list', resource: 'person', headers: { 'x-purpose': 'scope probe' } } } },
    schema: { tags, summary: '数据共享：实有人口查询（接口令牌，须说明用途，留痕） / Data sharing: residents (API token, purpose required, logged)', querystring: ListQuery, headers: PurposeHeaders, response: { 200: paged(PersonView) } },
  }, async (req) => {
    const actor = actorOf(req);
    const q = req.query as Static<typeof ListQuery>;
    const { page, pageSize } = pageOf(q);
    const purpose = decodeURIComponent((req.headers as Record<string, string>)['x-purpose']!);
    const r = await share.persons(actor, purpose, {
      unitId: q.unitId, q: q.q?.trim() || undefined, tags: q.tags ? q.tags.split(',').map((t) => t.trim()).filter(Boolean) : undefined,
      ageMin: q.ageMin, ageMax: q.ageMax, gender: q.gender, residence: q.residence, noVisitDays: q.noVisitDays,
      sort: q.sort ?? 'name', desc: q.desc ?? false, limit: pageSize, offset: (page - 1) * pageSize,
    });
    const addr = await addresses(core.db, r.items.map((p) => p.house_id).filter((x): x is number => x !== null));
    return { items: r.items.map((p) => personView(p, r.catalog, r.hidden, p.house_id ? addr.get(p.house_id) : undefined)), total: r.total, page, pageSize };
  });

  const bindings = new BindingService(core);
  const BindBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 50 }), docNumber: Type.String({ minLength: 5, maxLength: 30 }) });
  app.post('/binding', {
    config: { access: { auth: 'session', probe: { kind: 'self' } } },
    schema: { tags, summary: '居民申请实名绑定 / A resident asks to be bound to their record', body: BindBody, response: { 201: Type.Object({ id: Type.Integer(), status: Type.String() }) } },
  }, async (req, reply) => {
    const b = req.body as Static<typeof BindBody>;
    const row = await bindings.request(actorOf(req), b.name, b.docNumber);
    return reply.status(201).send({ id: row.id, status: row.status });
  });

  const BindingQuery = Type.Object({ status: Type.Optional(Enum(['pending', 'approved', 'rejected'] as const)) });
  const BindingView = Type.Object({
    id: Type.Integer(), status: Type.String(), createdAt: Type.String(), houseId: Type.Integer(), personId: Type.Integer(), personName: Type.String(), docMasked: Type.String(),
    username: Type.String(), displayName: Type.String(), note: Nullable(Type.String()), address: Nullable(AddressView),
  });
  app.get('/bindings', {
    config: { access: { auth: 'session', probe: { kind: 'list', resource: 'binding' } } },
    schema: { tags, summary: '实名绑定申请 / Binding requests', querystring: BindingQuery, response: { 200: Type.Object({ items: Type.Array(BindingView) }) } },
  }, async (req) => {
    const rows = await bindings.list(actorOf(req), (req.query as Static<typeof BindingQuery>).status ?? 'pending');
    const addr = await addresses(core.db, rows.map((r) => r.house_id));
    return {
      items: rows.map((r) => ({
        id: r.id, status: r.status, createdAt: r.created_at.toISOString(), houseId: r.house_id, personId: r.person_id, personName: r.name, docMasked: r.doc_masked,
        username: r.username, displayName: r.display_name, note: r.note, address: addr.get(r.house_id) ?? null,
      })),
    };
  });

  const DecideBody = Type.Object({ approve: Type.Boolean(), note: Type.Optional(Nullable(Type.String({ maxLength: 200 }))) });
  app.post('/bindings/:id/decide', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: 'binding', body: { approve: false, note: '探测' } } } },
    schema: { tags, summary: '审核实名绑定 / Decide a binding request', params: IdParams, body: DecideBody },
  }, async (req, reply) => {
    const b = req.body as Static<typeof DecideBody>;
    await bindings.decide(actorOf(req), (req.params as Static<typeof IdParams>).id, b.approve, b.note ?? null);
    return reply.status(204).send();
  });

  app.get('/me', {
    config: { access: { auth: 'session', probe: { kind: 'self' } } },
    schema: {
      tags, summary: '我的登记信息 / My record',
      response: { 200: Type.Object({ person: Nullable(PersonView), household: Type.Array(Type.Object({ personId: Type.Integer(), name: Type.String(), relationToHead: Nullable(Type.String()) })), binding: Nullable(Type.Object({ id: Type.Integer(), status: Type.String(), createdAt: Type.String() })) }) },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const r = await bindings.me(actor);
    const catalog = await catalogOf(actor.scope.districtId);
    const hidden = new Set(catalog.sensitiveCodes);
    const addr = r.person?.house_id ? await addresses(core.db, [r.person.house_id]) : new Map();
    return {
      person: r.person ? personView(r.person, catalog, hidden, r.person.house_id ? addr.get(r.person.house_id) : undefined) : null,
      household: r.household,
      binding: r.binding ? { id: r.binding.id, status: r.binding.status, createdAt: r.binding.created_at.toISOString() } : null,
    };
  });

  const Detail = Type.Intersect([
    PersonView,
    Type.Object({
      houses: Type.Array(Type.Object({ houseId: Type.Integer(), relation: Type.String(), relationLabel: Label, since: Nullable(Type.String()), address: Nullable(AddressView) })),
      tagDetails: Type.Array(Type.Object({ code: Type.String(), name: Label, source: Type.String(), startDate: Type.String(), sensitive: Type.Boolean() })),
      households: Type.Array(Type.Object({ id: Type.Integer(), houseId: Type.Integer(), headPersonId: Nullable(Type.Integer()), relationToHead: Nullable(Type.String()) })),
      can: Type.Object({ edit: Type.Boolean(), reveal: Type.Boolean(), tag: Type.Boolean() }),
    }),
  ]);
  app.get('/persons/:id', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: 'person' } } },
    schema: { tags, summary: '人员详情 / Person', params: IdParams, response: { 200: Detail } },
  }, async (req) => {
    const actor = actorOf(req);
    const r = await people.get(actor, (req.params as Static<typeof IdParams>).id);
    const catalog = await catalogOf(r.person.district_id);
    const addr = await addresses(core.db, [...r.houses.map((h) => h.house_id), ...(r.person.house_id ? [r.person.house_id] : [])]);
    return {
      ...personView(r.person, catalog, r.hidden, r.person.house_id ? addr.get(r.person.house_id) : undefined),
      houses: r.houses.map((h) => ({ houseId: h.house_id, relation: h.relation, relationLabel: RELATION_LABEL[h.relation as HouseRelation], since: h.since, address: addr.get(h.house_id) ?? null })),
      tagDetails: r.tags.map((t) => ({ code: t.tag_code, name: catalog.byCode.get(t.tag_code)?.name ?? { zh: t.tag_code, en: t.tag_code }, source: t.source, startDate: t.start_date, sensitive: catalog.byCode.get(t.tag_code)?.sensitive ?? false })),
      households: r.households.map((h) => ({ id: h.id, houseId: h.house_id, headPersonId: h.head_person_id, relationToHead: h.relation_to_head })),
      can: { edit: core.can(actor, PEOPLE.manage), reveal: core.can(actor, PEOPLE.reveal), tag: core.can(actor, PEOPLE.manage) },
    };
  });

  app.post('/persons', {
    config: { access: { auth: 'session', probe: { kind: 'create', resource: 'unit', field: 'houseId', body: { name: '探测', docType: 'passport', docNumber: 'PROBE{unique}', residence: 'foreigner', relation: 'resident' } } } },
    schema: { tags, summary: '登记人员 / Register a person', body: PersonBody, response: { 201: Type.Object({ id: Type.Integer() }) } },
  }, async (req, reply) => {
    const row = await people.create(actorOf(req), body(req.body as Static<typeof PersonBody>));
    return reply.status(201).send({ id: row.id });
  });

  app.post('/persons/:id', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: 'person', body: { name: '探测', docType: 'passport', docNumber: 'PROBE{unique}', residence: 'foreigner', relation: 'resident', houseId: 1 } } } },
    schema: { tags, summary: '修改人员 / Update a person', params: IdParams, body: PersonBody, response: { 200: Type.Object({ id: Type.Integer() }) } },
  }, async (req) => {
    const row = await people.update(actorOf(req), (req.params as Static<typeof IdParams>).id, body(req.body as Static<typeof PersonBody>));
    return { id: row.id };
  });

  const RevealBody = Type.Object({ field: Enum(['docNumber', 'phone'] as const), purpose: Type.String({ minLength: 2, maxLength: 200 }) });
  app.post('/persons/:id/reveal', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: 'person', body: { field: 'docNumber', purpose: '范围探测 probe' } } } },
    schema: { tags, summary: '查看完整证件号或电话（须说明用途，留痕） / Reveal a full number (purpose required, audited)', params: IdParams, body: RevealBody, response: { 200: Type.Object({ value: Type.String() }) } },
  }, async (req) => {
    const b = req.body as Static<typeof RevealBody>;
    return { value: await people.reveal(actorOf(req), (req.params as Static<typeof IdParams>).id, b.field, b.purpose) };
  });

  const TagBody = Type.Object({ code: Type.String({ minLength: 1, maxLength: 20 }), on: Type.Boolean(), start: Type.Optional(Nullable(Day)), end: Type.Optional(Nullable(Day)) });
  app.post('/persons/:id/tags', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: 'person', body: { code: 'C01', on: true } } } },
    schema: { tags, summary: '设置或结束人员标签 / Set or end a tag', params: IdParams, body: TagBody, response: { 200: Type.Object({ changed: Type.Boolean() }) } },
  }, async (req) => {
    const b = req.body as Static<typeof TagBody>;
    return { changed: await people.setTag(actorOf(req), (req.params as Static<typeof IdParams>).id, b.code, b.on, { start: b.start, end: b.end }) };
  });

  // Import: templates, a job per upload (dry run or commit), and its progress and report.
  void app.register(multipart, { limits: { fileSize: 512 * 1024 * 1024, files: 1 } });
  const imports = new ImportService(core);
  const FormatQuery = Type.Object({ format: Type.Optional(Enum(['xlsx', 'csv'] as const)) });
  app.get('/import/template', {
    config: { access: { auth: 'session', probe: { kind: 'permission', permission: PEOPLE.import } } },
    schema: { tags, summary: '下载导入模板 / Download the import template', querystring: FormatQuery, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'] },
  }, async (req, reply) => {
    core.assert(actorOf(req), PEOPLE.import);
    const format = (req.query as Static<typeof FormatQuery>).format ?? 'xlsx';
    const name = `实有人口导入模板.${format}`;
    reply.header('content-disposition', `attachment; filename="people-import-template.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`);
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(templateCsv());
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await templateXlsx());
  });

  const StartQuery = Type.Object({ dryRun: Type.Optional(Type.Boolean()) });
  app.post('/import', {
    config: { access: { auth: 'session', probe: { kind: 'permission', permission: PEOPLE.import } } },
    schema: { tags, summary: '上传导入文件（先试导入，再正式导入） / Upload an import file (dry run, then commit)', querystring: StartQuery, consumes: ['multipart/form-data'], response: { 202: Type.Object({ jobId: Type.Integer() }) } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    core.assert(actor, PEOPLE.import);
    const file = await req.file();
    if (!file) throw badRequest('IMPORT_NO_FILE');
    const jobId = await imports.start(actor, { name: file.filename, stream: file.file }, (req.query as Static<typeof StartQuery>).dryRun ?? true);
    return reply.status(202).send({ jobId });
  });

  const JobView = Type.Object({
    id: Type.Integer(), status: Type.String(), dryRun: Type.Boolean(), fileName: Type.String(), totalRows: Type.Integer(), processedRows: Type.Integer(), okRows: Type.Integer(), errorRows: Type.Integer(),
    inserted: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer(), createdUnits: Type.Integer(),
    errors: Type.Array(Type.Object({ row: Type.Integer(), field: Type.String(), column: Label, code: Type.String(), message: Label, value: Type.Optional(Type.String()) })),
    failure: Nullable(Label), startedAt: Nullable(Type.String()), finishedAt: Nullable(Type.String()),
  });
  app.get('/import/:id', {
    config: { access: { auth: 'session', probe: { kind: 'self' } } },
    schema: { tags, summary: '导入进度与报告 / Import progress and report', params: IdParams, response: { 200: JobView } },
  }, async (req) => {
    const { job, live } = await imports.get(actorOf(req), (req.params as Static<typeof IdParams>).id);
    return {
      id: job.id, status: job.status, dryRun: job.dry_run, fileName: job.file_name,
      totalRows: live ? live.totalRows : job.total_rows, processedRows: live ? live.totalRows : job.total_rows,
      okRows: live ? live.okRows : job.ok_rows, errorRows: live ? live.errorRows : job.error_rows,
      inserted: job.inserted, updated: job.updated, unchanged: job.unchanged, createdUnits: job.created_units,
      errors: job.errors as Static<typeof JobView>['errors'], failure: (job.failure as { zh: string; en: string } | null) ?? null,
      startedAt: job.started_at?.toISOString() ?? null, finishedAt: job.finished_at?.toISOString() ?? null,
    };
  });

  app.get('/tags', {
    config: { access: { auth: 'session', probe: { kind: 'permission', permission: PEOPLE.read } } },
    schema: {
      tags, summary: '标签目录（按权限过滤敏感标签） / Tag catalog (sensitive tags only for those entitled)',
      response: { 200: Type.Object({ draft: Type.Boolean(), groups: Type.Array(Type.Object({ code: Type.String(), name: Label, sensitive: Type.Boolean() })), items: Type.Array(Type.Object({ code: Type.String(), name: Label, level: Type.String(), group: Nullable(Type.String()), target: Type.String(), sensitive: Type.Boolean(), computed: Type.Boolean() })) }) },
    },
  }, async (req) => {
    const actor = actorOf(req);
    core.assert(actor, PEOPLE.read);
    const catalog = await catalogOf(actor.scope.districtId);
    const hidden = await people.hiddenTags(actor, catalog);
    return {
      draft: catalog.draft,
      groups: catalog.groups.filter((g) => !g.sensitive || !hidden.size),
      items: catalog.tags.filter((t) => !hidden.has(t.code)).map((t) => ({ code: t.code, name: t.name, level: t.level, group: t.group, target: t.target, sensitive: t.sensitive, computed: !!t.rule })),
    };
  });

  // A house is a unit of the territory; this is its people-side view.
  const HouseView = Type.Object({
    houseId: Type.Integer(), address: AddressView, use: Type.String(), areaM2: Nullable(Type.String()), ownership: Nullable(Type.String()), lastVisitedAt: Nullable(Type.String()),
    people: Type.Array(Type.Intersect([PersonView, Type.Object({ relation: Nullable(Type.String()), relationLabel: Nullable(Label) })])),
    households: Type.Array(Type.Object({ id: Type.Integer(), headPersonId: Nullable(Type.Integer()), members: Type.Array(Type.Object({ personId: Type.Integer(), relationToHead: Nullable(Type.String()) })) })),
    can: Type.Object({ edit: Type.Boolean(), visit: Type.Boolean() }),
  });
  app.get('/houses/:id', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
    schema: { tags, summary: '房屋：户、人、标签、走访 / House: households, people, tags, visits', params: IdParams, response: { 200: HouseView } },
  }, async (req) => {
    const actor = actorOf(req);
    core.assert(actor, PEOPLE.read);
    const house = await findVisibleUnit(core.db, actor.scope, (req.params as Static<typeof IdParams>).id);
    if (!house || house.type !== 'house') throw notFound('house');
    const [info, residents, households, catalog, hidden, addr] = await Promise.all([
      persons.houseInfo(core.db, house.id), persons.peopleOfHouse(core.db, house.id), persons.householdsOfHouse(core.db, house.id),
      catalogOf(house.district_id), people.hiddenTags(actor), addresses(core.db, [house.id]),
    ]);
    const members = await persons.membersOf(core.db, households.map((h) => h.id));
    return {
      houseId: house.id, address: addr.get(house.id)!, use: info?.use ?? 'residence', areaM2: info?.area_m2 ?? null, ownership: info?.ownership ?? null,
      lastVisitedAt: info?.last_visited_at ? info.last_visited_at.toISOString() : null,
      people: residents.map((p) => ({ ...personView(p, catalog, hidden, addr.get(house.id)), relation: p.relation ?? null, relationLabel: p.relation ? RELATION_LABEL[p.relation as HouseRelation] : null })),
      households: households.map((h) => ({ id: h.id, headPersonId: h.head_person_id, members: members.filter((m) => m.household_id === h.id).map((m) => ({ personId: m.person_id, relationToHead: m.relation_to_head })) })),
      can: { edit: core.can(actor, PEOPLE.manage), visit: core.can(actor, PEOPLE.visit) },
    };
  });

  const HouseBody = Type.Object({ use: Type.Optional(Enum(HOUSE_USES)), areaM2: Type.Optional(Nullable(Type.Number({ minimum: 1, maximum: 100000 }))), ownership: Type.Optional(Nullable(Enum(['private', 'public_rental', 'other'] as const))) });
  app.post('/houses/:id', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit', body: { use: 'residence' } } } },
    schema: { tags, summary: '修改房屋信息 / Update house information', params: IdParams, body: HouseBody, response: { 200: Type.Object({ houseId: Type.Integer() }) } },
  }, async (req) => {
    const actor = actorOf(req);
    core.assert(actor, PEOPLE.manage);
    const house = await findVisibleUnit(core.db, actor.scope, (req.params as Static<typeof IdParams>).id);
    if (!house || house.type !== 'house') throw notFound('house');
    const b = req.body as Static<typeof HouseBody>;
    await core.mutate(actor, async (w) => {
      await persons.ensureHouseInfo(w.db, { house_id: house.id, district_id: house.district_id, unit_path: house.path });
      const before = await persons.houseInfo(w.db, house.id);
      const after = await persons.updateHouseInfo(w.db, house.id, { use: b.use, area_m2: b.areaM2 === undefined ? undefined : b.areaM2 === null ? null : String(b.areaM2), ownership: b.ownership });
      await w.audit({ action: 'people.house.update', targetType: 'unit', targetId: house.id, unitPath: house.path, districtId: house.district_id, summary: { before: { use: before?.use, areaM2: before?.area_m2, ownership: before?.ownership }, after: { use: after.use, areaM2: after.area_m2, ownership: after.ownership } } });
    });
    return { houseId: house.id };
  });

  const VisitBody = Type.Object({
    clientId: Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' }),
    houseId: Type.Integer({ minimum: 1 }),
    visitedAt: Type.String({ format: 'date-time' }),
    kind: Enum(VISIT_KINDS),
    findings: Type.String({ maxLength: 2000 }),
    needs: Type.Array(Type.Object({ text: Type.String({ maxLength: 500 }), category: Type.String({ maxLength: 30 }) }), { maxItems: 20 }),
  });
  const VisitView = Type.Object({
    id: Type.Integer(), clientId: Type.String(), houseId: Type.Integer(), visitedAt: Type.String(), kind: Type.String(), findings: Type.String(), visitorName: Type.String(),
    needs: Type.Array(Type.Object({ id: Type.Integer(), text: Type.String(), category: Type.String(), status: Type.String(), linkType: Nullable(Type.String()), linkId: Nullable(Type.String()) })),
  });
  type V = { id: number; client_id: string; house_id: number; visited_at: Date; kind: string; findings: string; visitor_name: string };
  type N = { id: number; visit_id: number; text: string; category: string; status: string; link_type: string | null; link_id: string | null };
  const visitView = (v: V, needs: N[]) => ({
    id: v.id, clientId: v.client_id, houseId: v.house_id, visitedAt: v.visited_at.toISOString(), kind: v.kind, findings: v.findings, visitorName: v.visitor_name,
    needs: needs.filter((n) => n.visit_id === v.id).map((n) => ({ id: n.id, text: n.text, category: n.category, status: n.status, linkType: n.link_type, linkId: n.link_id })),
  });
  app.post('/visits', {
    config: { access: { auth: 'session', probe: { kind: 'create', resource: 'unit', field: 'houseId', body: { clientId: 'probe-{unique}', visitedAt: '2026-01-05T02:00:00.000Z', kind: 'routine', findings: '探测', needs: [] } } } },
    schema: { tags, summary: '记录走访（离线补传按 clientId 去重） / Record a visit (offline sync deduplicated by clientId)', body: VisitBody, response: { 200: VisitView, 201: VisitView } },
  }, async (req, reply) => {
    const r = await visits.record(actorOf(req), req.body as Static<typeof VisitBody>);
    return reply.status(r.created ? 201 : 200).send(visitView(r.visit, r.needs));
  });

  const VisitQuery = Type.Intersect([PageQuery, Type.Object({ unitId: Type.Optional(Type.Integer({ minimum: 1 })), houseId: Type.Optional(Type.Integer({ minimum: 1 })) })]);
  app.get('/visits', {
    config: { access: { auth: 'session', probe: { kind: 'list', resource: 'visit' } } },
    schema: { tags, summary: '走访记录 / Visits', querystring: VisitQuery, response: { 200: paged(VisitView) } },
  }, async (req) => {
    const q = req.query as Static<typeof VisitQuery>;
    const { page, pageSize } = pageOf(q);
    const r = await visits.list(actorOf(req), { unitId: q.unitId, houseId: q.houseId, page, pageSize });
    return { items: r.items.map((v) => visitView(v, r.needs)), total: r.total, page, pageSize };
  });

  const SinceQuery = Type.Object({ since: Type.Optional(Day) });
  const yearStart = () => `${todayInShanghai().slice(0, 4)}-01-01`;
  app.get('/units/:id/visit-coverage', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
    schema: {
      tags, summary: '走访覆盖率（默认本年） / Visit coverage (this year by default)', params: IdParams, querystring: SinceQuery,
      response: { 200: Type.Object({ since: Type.String(), households: Type.Integer(), visited: Type.Integer(), visits: Type.Integer(), needs: Type.Integer(), solved: Type.Integer(), visitors: Type.Array(Type.Object({ visitorId: Type.Integer(), visitorName: Type.String(), visits: Type.Integer() })) }) },
    },
  }, async (req) => {
    const since = (req.query as Static<typeof SinceQuery>).since ?? yearStart();
    const r = await visits.coverage(actorOf(req), (req.params as Static<typeof IdParams>).id, since);
    return { since, households: r.households, visited: r.visited, visits: r.visits, needs: r.needs, solved: r.solved, visitors: r.visitors.map((v) => ({ visitorId: v.visitor_id, visitorName: v.visitor_name, visits: v.visits })) };
  });

  const UnvisitedQuery = Type.Intersect([PageQuery, SinceQuery]);
  app.get('/units/:id/unvisited', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
    schema: {
      tags, summary: '未走访的户 / Households not visited', params: IdParams, querystring: UnvisitedQuery,
      response: { 200: paged(Type.Object({ householdId: Type.Integer(), houseId: Type.Integer(), headPersonId: Nullable(Type.Integer()), lastVisitedAt: Nullable(Type.String()), address: Nullable(AddressView) })) },
    },
  }, async (req) => {
    const q = req.query as Static<typeof UnvisitedQuery>;
    const { page, pageSize } = pageOf(q);
    const r = await visits.unvisited(actorOf(req), (req.params as Static<typeof IdParams>).id, q.since ?? yearStart(), page, pageSize);
    const addr = await addresses(core.db, r.items.map((i) => i.house_id));
    return {
      items: r.items.map((i) => ({ householdId: i.household_id, houseId: i.house_id, headPersonId: i.head_person_id, lastVisitedAt: i.last_visited_at ? new Date(i.last_visited_at).toISOString() : null, address: addr.get(i.house_id) ?? null })),
      total: r.total, page, pageSize,
    };
  });

  app.get('/units/:id/tag-counts', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
    schema: {
      tags, summary: '辖区内各标签人数 / People per tag in a unit', params: IdParams,
      response: { 200: Type.Object({ items: Type.Array(Type.Object({ code: Type.String(), name: Label, sensitive: Type.Boolean(), count: Type.Integer() })) }) },
    },
  }, async (req) => {
    const actor = actorOf(req);
    core.assert(actor, PEOPLE.read);
    const unit = await findVisibleUnit(core.db, actor.scope, (req.params as Static<typeof IdParams>).id);
    if (!unit) throw notFound('unit');
    const [counts, catalog, hidden] = await Promise.all([persons.tagCounts(core.db, unit.path), catalogOf(unit.district_id), people.hiddenTags(actor)]);
    return {
      items: counts.filter((c) => !hidden.has(c.code)).map((c) => ({ code: c.code, name: catalog.byCode.get(c.code)?.name ?? { zh: c.code, en: c.code }, sensitive: catalog.byCode.get(c.code)?.sensitive ?? false, count: c.n })),
    };
  });

  app.get('/units/:id/quality', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
    schema: {
      tags, summary: '各居委会数据质量 / Data quality per committee', params: IdParams,
      response: { 200: Type.Object({ items: Type.Array(Type.Object({ committeeId: Type.Integer(), name: Type.String(), code: Nullable(Type.String()), houses: Type.Integer(), matchedHouses: Type.Integer(), persons: Type.Integer(), withoutPhone: Type.Integer(), stale: Type.Integer(), registeredAway: Type.Integer() })) }) },
    },
  }, async (req) => {
    const actor = actorOf(req);
    core.assert(actor, PEOPLE.quality);
    const unit = await findVisibleUnit(core.db, actor.scope, (req.params as Static<typeof IdParams>).id);
    if (!unit) throw notFound('unit');
    const [committees, figures] = await Promise.all([committeesWithHouseCounts(core.db, unit.path), qualityByCommittee(core.db, unit.path, todayInShanghai())]);
    const byPath = new Map(figures.map((f) => [f.committee_path, f]));
    return {
      items: committees.map((c) => {
        const f = byPath.get(c.path);
        return { committeeId: c.id, name: c.name, code: c.code, houses: Number(c.houses ?? 0), matchedHouses: f?.matched_houses ?? 0, persons: f?.persons ?? 0, withoutPhone: f?.without_phone ?? 0, stale: f?.stale ?? 0, registeredAway: f?.away ?? 0 };
      }),
    };
  });
}
