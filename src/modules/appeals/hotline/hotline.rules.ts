import type { Label } from '../../../platform/i18n.js';
import { format } from '../../../platform/i18n.js';
import { normalisePhone, PHONE } from '../../../platform/crypto/phone.js';
import type { CategoryCatalog } from '../category.catalog.js';

/**
 * The 12345 hotline's order format (docs/api/transfer.md): the same fields whether an order arrives as JSON
 * from the hotline platform or as a row of an exported spreadsheet. Checking is pure — given the district's
 * problem catalogue and the time — so a file's every row is judged before anything is written.
 */
export const HOTLINE_FIELDS = [
  'orderNo',
  'receivedAt',
  'category',
  'title',
  'content',
  'address',
  'lat',
  'lng',
  'unitId',
  'callerName',
  'callerPhone',
  'anonymous',
  'contactShared',
  'urgency',
  'dueAt',
] as const;
export type HotlineField = (typeof HOTLINE_FIELDS)[number];

/** Column names as a spreadsheet may head them: the Chinese ones, then the JSON key. */
export const HOTLINE_COLUMNS: Record<HotlineField, { label: Label; aliases: string[] }> = {
  orderNo: { label: { zh: '工单编号', en: 'Order number' }, aliases: ['工单编号', '工单号', '热线工单号'] },
  receivedAt: { label: { zh: '受理时间', en: 'Received at' }, aliases: ['受理时间', '来电时间'] },
  category: { label: { zh: '问题分类', en: 'Category' }, aliases: ['问题分类', '分类', '诉求分类'] },
  title: { label: { zh: '标题', en: 'Title' }, aliases: ['标题', '诉求标题'] },
  content: { label: { zh: '诉求内容', en: 'Content' }, aliases: ['诉求内容', '内容', '来电内容'] },
  address: { label: { zh: '事发地址', en: 'Address' }, aliases: ['事发地址', '地址', '问题地址'] },
  lat: { label: { zh: '纬度', en: 'Latitude' }, aliases: ['纬度'] },
  lng: { label: { zh: '经度', en: 'Longitude' }, aliases: ['经度'] },
  unitId: { label: { zh: '辖区单位编号', en: 'Unit id' }, aliases: ['辖区单位编号', '单位编号'] },
  callerName: { label: { zh: '来电人', en: 'Caller name' }, aliases: ['来电人', '来电人姓名', '联系人'] },
  callerPhone: { label: { zh: '来电号码', en: 'Caller phone' }, aliases: ['来电号码', '联系电话', '来电电话'] },
  anonymous: { label: { zh: '匿名', en: 'Anonymous' }, aliases: ['匿名', '是否匿名'] },
  contactShared: { label: { zh: '同意承办单位联系', en: 'Contact shared' }, aliases: ['同意承办单位联系', '同意联系', '可联系'] },
  urgency: { label: { zh: '紧急程度', en: 'Urgency' }, aliases: ['紧急程度', '缓急程度'] },
  dueAt: { label: { zh: '办理时限', en: 'Due at' }, aliases: ['办理时限', '办结时限'] },
};

/** A spreadsheet cell holding a formula error (#REF!, #N/A, #DIV/0!…) instead of a value. */
export class CellError {
  constructor(readonly code: string) {}
  toString() {
    return this.code;
  }
}

export const HOTLINE_ERRORS = {
  REQUIRED: { zh: '“{column}”必须填写', en: '"{column}" is required' },
  CELL_ERROR: { zh: '“{column}”单元格是公式错误 {value}', en: '"{column}": the cell holds the formula error {value}' },
  TOO_LONG: { zh: '“{column}”不能超过 {max} 个字符', en: '"{column}" is longer than {max} characters' },
  ORDER_NO_INVALID: { zh: '工单编号只能包含字母、数字和 - _ . : /', en: 'An order number holds only letters, digits and - _ . : /' },
  DATE_INVALID: {
    zh: '“{column}”不是有效的时间：{value}（示例 2026-01-05 09:30 或 2026-01-05T09:30:00+08:00）',
    en: '"{column}" is not a valid time: {value} (e.g. 2026-01-05 09:30 or 2026-01-05T09:30:00+08:00)',
  },
  DATE_FUTURE: { zh: '受理时间晚于当前时间：{value}', en: 'The received time is in the future: {value}' },
  DUE_BEFORE_RECEIVED: { zh: '办理时限早于受理时间', en: 'The due time is before the received time' },
  CATEGORY_UNKNOWN: {
    zh: '问题分类不存在：{value}（填写分类编码如 P0101，或小类名称）',
    en: 'No such category: {value} (give a code such as P0101 or a subcategory name)',
  },
  NUMBER_INVALID: { zh: '“{column}”不是有效的数字：{value}', en: '"{column}" is not a valid number: {value}' },
  POINT_INVALID: { zh: '坐标无效：须同时填写纬度与经度，且在国内范围', en: 'Invalid map point: give both latitude and longitude, within China' },
  LOCATION_REQUIRED: { zh: '须填写事发地址、辖区单位编号或经纬度之一', en: 'Give an address, a unit id or a map point' },
  PHONE_INVALID: { zh: '来电号码格式有误：{value}', en: 'The caller phone is not valid: {value}' },
  BOOLEAN_INVALID: { zh: '“{column}”须为 是/否：{value}', en: '"{column}" must be yes or no: {value}' },
  URGENCY_INVALID: { zh: '紧急程度须为“一般”或“紧急”：{value}', en: 'Urgency must be normal or urgent: {value}' },
  DUPLICATE_IN_FILE: {
    zh: '工单编号 {value} 在文件中重复（第 {first} 行已有）',
    en: 'Order number {value} appears twice in the file (already on row {first})',
  },
  UNIT_UNKNOWN: { zh: '辖区单位编号 {value} 不存在或不在本区', en: 'Unit {value} does not exist in this district' },
  OUTSIDE_SCOPE: { zh: '事发地点不在您的辖区内', en: 'The place is outside your territory' },
  NOT_YOURS: { zh: '工单编号 {value} 不能由您导入，请联系区级城运中心核实', en: 'You cannot import order number {value}; ask the district operations centre' },
  ALREADY_DIFFERENT: {
    zh: '工单编号 {value} 已导入过，但内容（分类或标题）不同',
    en: 'Order number {value} was imported before with a different category or title',
  },
} satisfies Record<string, Label>;
export type HotlineErrorCode = keyof typeof HOTLINE_ERRORS;

export interface FieldError {
  field: HotlineField;
  code: HotlineErrorCode;
  message: Label;
  value?: string;
}

/** A hotline order checked and turned into our terms. */
export interface HotlineOrder {
  orderNo: string;
  receivedAt: Date;
  categoryCode: string;
  title: string;
  content: string;
  address: string | null;
  lat: number | null;
  lng: number | null;
  unitId: number | null;
  callerName: string | null;
  callerPhone: string | null;
  anonymous: boolean;
  contactShared: boolean;
  urgent: boolean;
  dueAt: Date | null;
}

export type Checked = { ok: true; order: HotlineOrder } | { ok: false; errors: FieldError[] };

export function fieldError(field: HotlineField, code: HotlineErrorCode, params: Record<string, unknown> = {}): FieldError {
  const column = HOTLINE_COLUMNS[field].label;
  const t = HOTLINE_ERRORS[code];
  return {
    field,
    code,
    message: { zh: format(t.zh, { ...params, column: column.zh }), en: format(t.en, { ...params, column: column.en }) },
    ...(params.value !== undefined ? { value: String(params.value) } : {}),
  };
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v).trim());

const LIMITS: Partial<Record<HotlineField, number>> = { orderNo: 64, title: 100, content: 4000, address: 200, callerName: 50, category: 60 };

// A time without an offset is Beijing time: what the hotline's staff and spreadsheets write.
const LOCAL = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** An ISO time with an offset, or a local Beijing time such as '2026-01-05 09:30' (a date alone is midnight). */
export function parseTime(v: unknown): Date | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  const s = text(v);
  if (!s) return null;
  const m = LOCAL.exec(s);
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', se = '0'] = m;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h) - 8, Number(mi), Number(se));
    const check = new Date(ms + 8 * 3600_000);
    // 2026-02-30 rolls over in Date.UTC: refuse it rather than import March 2nd.
    if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1 || Number(h) > 23 || Number(mi) > 59 || Number(se) > 59) return null;
    return new Date(ms);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(s)) return null;
  const t = new Date(s);
  return Number.isNaN(t.getTime()) ? null : t;
}

const YES = new Set(['是', 'y', 'yes', 'true', '1']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '']);
const URGENT = new Set(['紧急', '特急', '加急', 'urgent', 'high', '1', 'true']);
const NORMAL = new Set(['一般', '普通', '正常', 'normal', 'low', '0', 'false', '']);

/** The category by its code or by a subcategory's name, in either language. */
export function findCategory(categories: CategoryCatalog, given: string): string | null {
  const g = given.trim();
  if (categories.byCode.has(g.toUpperCase())) return g.toUpperCase();
  const lower = g.toLowerCase();
  for (const c of categories.byCode.values()) if (c.name.zh === g || c.name.en.toLowerCase() === lower) return c.code;
  return null;
}

/** A title when the hotline gives none: the first line of the content, cut short. */
export const titleOf = (content: string) => {
  const first = content.split(/\r?\n/)[0]!.trim();
  return first.length > 30 ? `${first.slice(0, 30)}…` : first;
};

/** Checks one hotline order (a JSON body or a spreadsheet row keyed by field), naming every field at fault. */
export function checkHotline(given: Partial<Record<HotlineField, unknown>>, categories: CategoryCatalog, now: Date): Checked {
  const errors: FieldError[] = [];
  // A cell that holds a formula error is reported as that error, and its field is then not judged again.
  const raw: Partial<Record<HotlineField, unknown>> = {};
  const broken = new Set<HotlineField>();
  for (const f of Object.keys(given) as HotlineField[]) {
    const v = given[f];
    if (v instanceof CellError) {
      errors.push(fieldError(f, 'CELL_ERROR', { value: v.code }));
      broken.add(f);
    } else raw[f] = v;
  }
  const get = (f: HotlineField) => {
    const v = text(raw[f]);
    const max = LIMITS[f];
    if (max && v.length > max) {
      errors.push(fieldError(f, 'TOO_LONG', { max }));
      return '';
    }
    return v;
  };
  const required = (f: HotlineField) => {
    const v = get(f);
    if (!v && !errors.some((e) => e.field === f)) errors.push(fieldError(f, 'REQUIRED'));
    return v;
  };
  const number = (f: HotlineField) => {
    const v = text(raw[f]);
    if (!v) return null;
    const n = Number(v);
    if (!Number.isFinite(n)) {
      errors.push(fieldError(f, 'NUMBER_INVALID', { value: v }));
      return null;
    }
    return n;
  };
  const bool = (f: HotlineField) => {
    const v = raw[f];
    if (typeof v === 'boolean') return v;
    const s = text(v).toLowerCase();
    if (YES.has(s)) return true;
    if (NO.has(s)) return false;
    errors.push(fieldError(f, 'BOOLEAN_INVALID', { value: text(v) }));
    return false;
  };

  const orderNo = required('orderNo');
  if (orderNo && !/^[A-Za-z0-9_\-.:/]+$/.test(orderNo)) errors.push(fieldError('orderNo', 'ORDER_NO_INVALID', { value: orderNo }));

  let receivedAt: Date | null = null;
  if (text(raw.receivedAt)) {
    receivedAt = parseTime(raw.receivedAt);
    if (!receivedAt) errors.push(fieldError('receivedAt', 'DATE_INVALID', { value: text(raw.receivedAt) }));
    else if (receivedAt.getTime() > now.getTime() + 5 * 60_000) errors.push(fieldError('receivedAt', 'DATE_FUTURE', { value: text(raw.receivedAt) }));
  } else if (!broken.has('receivedAt')) errors.push(fieldError('receivedAt', 'REQUIRED'));

  let dueAt: Date | null = null;
  if (text(raw.dueAt)) {
    dueAt = parseTime(raw.dueAt);
    if (!dueAt) errors.push(fieldError('dueAt', 'DATE_INVALID', { value: text(raw.dueAt) }));
    else if (receivedAt && dueAt < receivedAt) errors.push(fieldError('dueAt', 'DUE_BEFORE_RECEIVED'));
  }

  const category = required('category');
  const categoryCode = category ? findCategory(categories, category) : null;
  if (category && !categoryCode) errors.push(fieldError('category', 'CATEGORY_UNKNOWN', { value: category }));

  const content = required('content');
  const title = get('title') || (content ? titleOf(content) : '');
  const address = get('address') || null;

  const lat = number('lat');
  const lng = number('lng');
  const pointGiven = lat !== null || lng !== null;
  if (pointGiven && !(lat !== null && lng !== null && lat >= 3 && lat <= 54 && lng >= 73 && lng <= 136))
    errors.push(fieldError(lat === null ? 'lat' : 'lng', 'POINT_INVALID'));
  const unitId = number('unitId');
  if (unitId !== null && !(Number.isInteger(unitId) && unitId > 0)) errors.push(fieldError('unitId', 'UNIT_UNKNOWN', { value: text(raw.unitId) }));
  const placeBroken = (['address', 'unitId', 'lat', 'lng'] as const).some((f) => broken.has(f));
  if (!address && unitId === null && !pointGiven && !placeBroken && !errors.some((e) => e.field === 'address'))
    errors.push(fieldError('address', 'LOCATION_REQUIRED'));

  const callerName = get('callerName') || null;
  const phoneRaw = text(raw.callerPhone);
  const callerPhone = phoneRaw ? normalisePhone(phoneRaw) : null;
  if (callerPhone && !PHONE.test(callerPhone)) errors.push(fieldError('callerPhone', 'PHONE_INVALID', { value: maskTail(callerPhone) }));
  const anonymous = bool('anonymous');
  const contactShared = bool('contactShared');

  const urgency = text(raw.urgency).toLowerCase();
  const urgent = URGENT.has(urgency);
  if (!urgent && !NORMAL.has(urgency)) errors.push(fieldError('urgency', 'URGENCY_INVALID', { value: text(raw.urgency) }));

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    order: {
      orderNo,
      receivedAt: receivedAt!,
      categoryCode: categoryCode!,
      title,
      content,
      address,
      lat,
      lng,
      unitId,
      callerName: anonymous ? null : callerName,
      callerPhone: anonymous ? null : callerPhone,
      anonymous,
      contactShared: !anonymous && contactShared,
      urgent,
      dueAt,
    },
  };
}

// A refused phone is echoed back without its middle: the report may be shown to others than the caller.
const maskTail = (p: string) => (p.length > 4 ? `${'*'.repeat(p.length - 4)}${p.slice(-4)}` : p);

const beijing = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The description handlers read: the caller's words, and the hotline's own deadline when it set one. */
export function descriptionOf(h: HotlineOrder): string {
  return h.dueAt ? `${h.content}\n\n（热线办理时限 / Hotline due: ${beijing(h.dueAt)}）` : h.content;
}
