import type { Core } from '../../../platform/core.js';
import type { Actor } from '../../../platform/actor.js';
import { AppError } from '../../../platform/errors.js';
import type { Locale } from '../../../platform/i18n.js';
import { loadCategories, type CategoryCatalog } from '../category.catalog.js';
import { IntakeService, type IntakeInput } from '../orders/intake.service.js';
import { titleOf } from '../hotline/hotline.rules.js';
import { Open311ClientService } from './open311.client.service.js';
import * as repo from './open311.repository.js';
import * as routing from '../orders/routing.repository.js';
import { definitionView, publicCategories, requestView, serviceView, SPECIFICATION, statusesOf } from './open311.view.js';
import { publicPlace, PUBLISHABLE_NOTE_STEPS, unitsOnPaths } from '../orders/public.view.js';

/** What a client may send to POST requests (form fields or JSON), attributes already gathered. */
export interface Open311Submission {
  api_key?: string;
  jurisdiction_id?: string;
  service_code?: string;
  lat?: number | string;
  long?: number | string;
  address_string?: string;
  address_id?: string | number;
  email?: string;
  device_id?: string;
  account_id?: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  description?: string;
  media_url?: string;
  attribute?: Record<string, unknown>;
  [flat: string]: unknown;
}

export interface Open311Query {
  jurisdiction_id?: string;
  api_key?: string;
  service_request_id?: string;
  service_code?: string;
  start_date?: string;
  end_date?: string;
  status?: string;
}

/** Open311 lists go back 90 days unless dates are given, and stop at 1000 requests (GeoReport v2). */
const DEFAULT_DAYS = 90;
const MAX_REQUESTS = 1000;

const bad = (code: string, params: Record<string, unknown> = {}) => new AppError(code, 400, params);

/**
 * Open311 GeoReport v2 over the public categories of a district's problem catalogue. A posted request is an
 * appeal like any other (channel open311, passive discovery), taken in by the intake service, routed and
 * timed by the district's rules; reads show only public categories and nothing of the reporter.
 */
export class Open311Service {
  private readonly clients: Open311ClientService;
  private readonly intake: IntakeService;

  constructor(private readonly core: Core) {
    this.clients = new Open311ClientService(core);
    this.intake = new IntakeService(core);
  }

  async discovery(baseUrl: string) {
    const changeset = ((await repo.categoriesChangedAt(this.core.db)) ?? new Date(0)).toISOString();
    return {
      changeset,
      contact: '区城运中心 / District operations centre',
      key_service: 'api_key 由区级工作人员签发（POST /api/appeals/open311-clients） / api_key is issued by district staff (POST /api/appeals/open311-clients)',
      endpoints: [{ specification: SPECIFICATION, url: `${baseUrl}/open311/v2`, changeset, type: 'production', formats: ['application/json', 'text/xml'] }],
    };
  }

  async services(q: Pick<Open311Query, 'jurisdiction_id' | 'api_key'>, locale: Locale) {
    const district = await this.district(q.jurisdiction_id, q.api_key);
    return publicCategories(await loadCategories(this.core.db, district.id)).map((c) => serviceView(c, locale));
  }

  async definition(code: string, q: Pick<Open311Query, 'jurisdiction_id' | 'api_key'>, locale: Locale) {
    const district = await this.district(q.jurisdiction_id, q.api_key);
    const c = (await loadCategories(this.core.db, district.id)).byCode.get(code);
    if (!c?.public) throw new AppError('OPEN311_SERVICE_UNKNOWN', 404, { code });
    return definitionView(c, locale);
  }

  /** POST requests: authenticated by api_key, idempotent by the Idempotency-Key header or attribute[external_id]. */
  async submit(body: Open311Submission, idempotencyKey: string | undefined, meta: { requestId: string; locale: Locale }) {
    const client = await this.clients.authenticate(body.api_key);
    const district = (await repo.districtById(this.core.db, client.district_id))!;
    const jurisdiction = str(body.jurisdiction_id);
    if (jurisdiction && jurisdiction !== district.code) throw new AppError('OPEN311_KEY_JURISDICTION', 403, { jurisdiction });
    const code = str(body.service_code);
    if (!code) throw bad('OPEN311_PARAM_REQUIRED', { param: 'service_code' });
    const c = (await loadCategories(this.core.db, district.id)).byCode.get(code);
    if (!c?.public) throw new AppError('OPEN311_SERVICE_UNKNOWN', 404, { code });

    const attrs = attributesOf(body);
    const urgency = str(attrs.urgency) || 'normal';
    if (urgency !== 'normal' && urgency !== 'urgent') throw bad('OPEN311_ATTRIBUTE_INVALID', { code: 'urgency', value: urgency });
    const shared = str(attrs.contact_shared) || 'false';
    if (shared !== 'true' && shared !== 'false') throw bad('OPEN311_ATTRIBUTE_INVALID', { code: 'contact_shared', value: shared });
    const externalId = str(attrs.external_id) || null;
    if (externalId && externalId.length > 100) throw bad('OPEN311_ATTRIBUTE_INVALID', { code: 'external_id', value: `${externalId.slice(0, 20)}…` });

    const place = await this.place(district.id, body, attrs);
    const mediaUrl = str(body.media_url);
    if (mediaUrl && (mediaUrl.length > 500 || !/^https?:\/\/\S+$/i.test(mediaUrl))) throw bad('OPEN311_MEDIA_URL');
    const said = str(body.description);
    const name = [str(body.last_name), str(body.first_name)].filter(Boolean);
    const input: IntakeInput = {
      categoryCode: c.code,
      title: said ? titleOf(said) : c.name.zh,
      // The photo stays where the client keeps it; handlers follow the link from the description.
      description: `${said || c.name.zh}${mediaUrl ? `\n\n照片 / Photo: ${mediaUrl}` : ''}`,
      urgent: urgency === 'urgent',
      ...place,
      // Chinese names are family name first; Latin ones given name first.
      reporterName: name.length ? (name.every((n) => /^[\p{Script=Han}·]+$/u.test(n)) ? name.join('') : name.reverse().join(' ')).slice(0, 50) : null,
      reporterPhone: str(body.phone) || null,
      contactShared: shared === 'true',
    };
    const key = idempotencyKey?.trim();
    const r = await this.intake.fromSystem(clientActor(client, meta), input, {
      channel: 'open311',
      discovery: 'passive',
      districtId: district.id,
      idempotencyKey: key ? `open311:${client.id}:${key}` : null,
      // Always named, with or without an id of its own: the client reads back what it sent (view).
      sourceSystem: `open311:${client.id}`,
      externalId,
    });
    const due = r.order.accept_due_at ? beijing(r.order.accept_due_at) : null;
    const notice =
      meta.locale === 'en'
        ? `Received${due ? `; to be accepted by a handling unit before ${due} (Beijing time)` : ''}`
        : `已受理${due ? `，${due} 前由承办单位签收` : ''}`;
    return { order: r.order, created: r.created, notice };
  }

  /**
   * GET requests: public categories only, newest first, the last 90 days unless dates are given; each in its
   * public view, except that a client presenting its api_key reads its own submissions as it sent them.
   */
  async requests(q: Open311Query, locale: Locale) {
    const scope = await this.districtsFor(q);
    const client = str(q.api_key) ? await this.clients.authenticate(q.api_key) : null;
    const ids = listOf(q.service_request_id);
    const filter: repo.PublicFilter = {
      districts: scope.map((d) => ({ id: d.id, codes: publicCategories(d.categories).map((c) => c.code) })),
      limit: MAX_REQUESTS,
    };
    if (ids) {
      // As the specification says: a list of ids overrides every other argument.
      filter.ids = ids.filter((x) => /^\d{1,15}$/.test(x)).map(Number);
    } else {
      filter.serviceCodes = listOf(q.service_code) ?? undefined;
      filter.start = timeOf('start_date', q.start_date);
      filter.end = timeOf('end_date', q.end_date);
      if (!filter.start && !filter.end) filter.start = new Date(Date.now() - DEFAULT_DAYS * 86_400_000);
      const statuses = listOf(q.status);
      if (statuses) {
        for (const s of statuses) if (s !== 'open' && s !== 'closed') throw bad('OPEN311_STATUS_INVALID', { value: s });
        filter.statuses = statuses.flatMap((s) => statusesOf(s as 'open' | 'closed'));
      }
    }
    return this.view(await repo.publicRequests(this.core.db, filter), new Map(scope.map((d) => [d.id, d.categories])), locale, client?.id ?? null);
  }

  async request(id: string, q: Pick<Open311Query, 'jurisdiction_id' | 'api_key'>, locale: Locale) {
    const items = /^\d{1,15}$/.test(id) ? await this.requests({ ...q, service_request_id: id }, locale) : [];
    if (!items.length) throw new AppError('OPEN311_REQUEST_UNKNOWN', 404, { id });
    return items;
  }

  /** GET tokens/{token}: the request this client submitted under a key of its own (Idempotency-Key or external_id). */
  async token(token: string, apiKey: string | undefined) {
    const client = await this.clients.authenticate(apiKey);
    const row = await repo.bySubmissionKey(this.core.db, client.district_id, `open311:${client.id}:${token}`, `open311:${client.id}`, token);
    if (!row) throw new AppError('OPEN311_TOKEN_UNKNOWN', 404, { token });
    return [{ service_request_id: String(row.id), token }];
  }

  private async view(rows: repo.PublicRow[], catalogues: Map<number, CategoryCatalog>, locale: Locale, clientId: number | null) {
    const units = new Set<number>();
    const depts = new Set<number>();
    for (const o of rows) {
      if (o.handler_unit_id) units.add(o.handler_unit_id);
      if (o.handler_department_id) depts.add(o.handler_department_id);
      units.add(o.dispatcher_unit_id);
    }
    const [names, notes, places] = await Promise.all([
      routing.namesOf(this.core.db, [...units], [...depts]),
      repo.publicNotes(
        this.core.db,
        rows.map((o) => o.id),
        PUBLISHABLE_NOTE_STEPS,
      ),
      unitsOnPaths(
        this.core.db,
        rows.map((o) => o.unit_path),
      ),
    ]);
    const own = (o: repo.PublicRow) =>
      clientId !== null && (o.source_system === `open311:${clientId}` || !!o.idempotency_key?.startsWith(`open311:${clientId}:`));
    return rows.map((o) => {
      const categories = catalogues.get(o.district_id)!;
      const place = publicPlace({ unitPath: o.unit_path, lat: o.lat, lng: o.lng }, places, categories.publicView.placeLevel);
      return requestView(o, { categories, names, notes, locale, place, own: own(o) });
    });
  }

  /** Where the problem is: a unit named by id, else one named in the address, else the district with a point. */
  private async place(
    districtId: number,
    body: Open311Submission,
    attrs: Record<string, unknown>,
  ): Promise<Pick<IntakeInput, 'unitId' | 'lat' | 'lng' | 'address'>> {
    const lat = numberOf('lat', body.lat);
    const lng = numberOf('long', body.long);
    if ((lat === null) !== (lng === null)) throw bad('OPEN311_LAT_LONG');
    const address = str(body.address_string).slice(0, 200) || null;
    const unitGiven = str(attrs.unit_id) || str(body.address_id);
    let unitId: number | null = null;
    if (unitGiven) {
      const unit = /^\d{1,10}$/.test(unitGiven) ? await routing.unitById(this.core.db, Number(unitGiven)) : undefined;
      if (!unit || unit.district_id !== districtId) throw bad('OPEN311_ADDRESS_ID', { value: unitGiven });
      unitId = unit.id;
    } else if (address) {
      unitId = (await repo.unitNamedIn(this.core.db, districtId, address))?.id ?? null;
      // An address we cannot place still names the district: its operations centre reads it and triages.
      if (unitId === null && lat === null) unitId = (await routing.districtRoot(this.core.db, districtId)).id;
    } else if (lat === null) {
      throw bad('OPEN311_LOCATION_REQUIRED');
    }
    return { unitId, lat, lng, address };
  }

  private async district(jurisdictionId?: string, apiKey?: string) {
    const code = str(jurisdictionId);
    if (code) {
      const d = await repo.districtByCode(this.core.db, code);
      if (!d) throw new AppError('OPEN311_JURISDICTION_UNKNOWN', 404, { jurisdiction: code });
      if (str(apiKey) && (await this.clients.authenticate(apiKey)).district_id !== d.id)
        throw new AppError('OPEN311_KEY_JURISDICTION', 403, { jurisdiction: code });
      return d;
    }
    if (str(apiKey)) return (await repo.districtById(this.core.db, (await this.clients.authenticate(apiKey)).district_id))!;
    const all = await repo.districts(this.core.db);
    if (all.length !== 1) throw bad('OPEN311_JURISDICTION_REQUIRED');
    return all[0]!;
  }

  /** The districts a list may span: the one asked for or the key's, else every district of the endpoint. */
  private async districtsFor(q: Pick<Open311Query, 'jurisdiction_id' | 'api_key'>) {
    const ds = str(q.jurisdiction_id) || str(q.api_key) ? [await this.district(q.jurisdiction_id, q.api_key)] : await repo.districts(this.core.db);
    return Promise.all(ds.map(async (d) => ({ ...d, categories: await loadCategories(this.core.db, d.id) })));
  }
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(Array.isArray(v) ? (v[0] ?? '') : v).trim());

const beijing = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

const listOf = (v: string | undefined) => {
  const items = (v ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return items.length ? items : null;
};

function numberOf(param: string, v: unknown): number | null {
  const s = str(v);
  if (!s) return null;
  const n = Number(s);
  if (!Number.isFinite(n)) throw bad('OPEN311_ATTRIBUTE_INVALID', { code: param, value: s.slice(0, 20) });
  return n;
}

function timeOf(param: string, v: string | undefined): Date | undefined {
  const s = str(v);
  if (!s) return undefined;
  const t = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.test(s) ? new Date(s) : new Date(NaN);
  if (Number.isNaN(t.getTime())) throw bad('OPEN311_DATE_INVALID', { param, value: s.slice(0, 40) });
  return t;
}

/** attribute[code] as the form encoding sends it (flat keys), or an `attribute` object in JSON. */
export function attributesOf(body: Open311Submission): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(typeof body.attribute === 'object' && body.attribute ? body.attribute : {}) };
  for (const [k, v] of Object.entries(body)) {
    const m = /^attribute\[([^\]]+)\](\[\])?$/.exec(k);
    if (m) out[m[1]!] = v;
  }
  return out;
}

/** Who submits through a client: the client itself, audited by its name; it reaches nothing by territory. */
function clientActor(client: { id: number; name: string; district_id: number }, meta: { requestId: string; locale: Locale }): Actor {
  return {
    userId: 0,
    userName: `Open311 · ${client.name}`,
    positionId: null,
    role: null,
    scope: { all: false, districtId: client.district_id, paths: [], departmentId: null, gridId: null },
    requestId: meta.requestId,
    locale: meta.locale,
  };
}
