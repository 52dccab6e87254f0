/**
 * Validation of people import rows: the header is mapped to column keys once, then each row is checked in
 * full (every error of the row, not just the first) and turned into a `PersonRow`. Nothing here touches the
 * database; the one cross-row check is on document numbers repeated within the file.
 */
import type { Label } from '../../../platform/i18n.js';
import { maskId, maskPhone, parseResidentId } from '../id-number.js';
import type { DocType, Gender, HouseRelation, PersonRow, Residence } from '../people.types.js';
import {
  COLUMN_BY_KEY,
  COLUMN_KEYS,
  IMPORT_COLUMNS,
  columnLabel,
  columnLetter,
  docTypes,
  genders,
  GENDER_LABEL,
  relations,
  residences,
  resolveHeader,
  type ColumnKey,
} from './import.columns.js';
import { cellMessage, fill, headerMessages, type HeaderCode, type RowCode } from './import.messages.js';
import { excelSerialToDate, readMarker, readRows, type ReadOptions } from './import.reader.js';

export interface RowError {
  row: number;
  /** Column key; '' for a header column that names no template column. */
  field: string;
  /** The column's header. */
  column: { zh: string; en: string };
  code: string;
  message: { zh: string; en: string };
  /** The offending value; document numbers and phones masked, long values cut. */
  value?: string;
}

export type HeaderMapping = { ok: true; columns: (ColumnKey | null)[]; warnings: RowError[] } | { ok: false; errors: RowError[]; warnings: RowError[] };

/**
 * Maps header cells to column keys by position. Errors: a required column missing (one error per column),
 * a column given twice. Unknown columns are ignored, each with a warning.
 */
export function mapHeader(header: readonly string[], headerRow = 1): HeaderMapping {
  const columns: (ColumnKey | null)[] = [];
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  const at = new Map<ColumnKey, number>();
  const headerError = (code: HeaderCode, field: string, column: Label, params: Record<string, unknown>, value?: string): RowError => ({
    row: headerRow,
    field,
    column,
    code,
    message: fill(headerMessages[code], { row: headerRow, ...params }),
    ...(value === undefined ? {} : { value }),
  });
  header.forEach((raw, i) => {
    const text = raw.trim();
    if (!text) return void columns.push(null);
    const key = resolveHeader(text);
    if (!key) {
      warnings.push(headerError('HEADER_UNKNOWN_COLUMN', '', { zh: text, en: text }, { letter: columnLetter(i), text: cut(text) }, cut(text)));
      return void columns.push(null);
    }
    const first = at.get(key);
    if (first !== undefined) {
      errors.push(
        headerError(
          'HEADER_DUPLICATE_COLUMN',
          key,
          columnLabel(key),
          { column: columnLabel(key), first: columnLetter(first), second: columnLetter(i) },
          cut(text),
        ),
      );
      return void columns.push(null);
    }
    at.set(key, i);
    columns.push(key);
  });
  for (const c of IMPORT_COLUMNS) {
    if (c.required && !at.has(c.key)) errors.push(headerError('HEADER_MISSING_COLUMN', c.key, columnLabel(c.key), { column: columnLabel(c.key) }));
  }
  return errors.length ? { ok: false, errors, warnings } : { ok: true, columns, warnings };
}

export interface RowValidatorOptions {
  /** YYYY-MM-DD: dates after it are refused. */
  today: string;
  /** When given, a committee code outside this set is an error. */
  districtCommitteeCodes?: Set<string>;
}

/** `repeatOf`: the first row of the same person (this row adds a tie to another house). */
export type RowResult = { ok: true; row: PersonRow; repeatOf?: number } | { ok: false; errors: RowError[] };

const DOC_FORMATS: Record<Exclude<DocType, 'resident_id'>, { test: RegExp; expected: Label }> = {
  passport: { test: /^[A-Z0-9]{5,20}$/, expected: { zh: ' 5 至 20 位字母或数字', en: '5 to 20 letters or digits' } },
  hk_macao_permit: {
    test: /^[HM]\d{8}(\d{2})?$/,
    expected: { zh: ' H 或 M 加 8 位（或 10 位）数字', en: 'H or M followed by 8 (or 10) digits' },
  },
  taiwan_permit: { test: /^\d{8}$/, expected: { zh: ' 8 位数字', en: '8 digits' } },
  foreign_permanent: { test: /^(?:[A-Z0-9]{15}|[A-Z0-9]{18})$/, expected: { zh: ' 15 位或 18 位字母数字', en: '15 or 18 letters and digits' } },
};

const DOC_TYPE_NAME: Record<DocType, Label> = {
  resident_id: { zh: '居民身份证', en: 'resident ID' },
  passport: { zh: '护照', en: 'passport' },
  hk_macao_permit: { zh: '港澳通行证', en: 'Hong Kong/Macao permit' },
  taiwan_permit: { zh: '台湾通行证', en: 'Taiwan permit' },
  foreign_permanent: { zh: '永久居留身份证', en: 'permanent residence card' },
};

/** Errors of a row are listed in the template's column order. */
const COLUMN_ORDER = Object.fromEntries(COLUMN_KEYS.map((k, i) => [k, i])) as Record<ColumnKey, number>;

const ANY_DOCUMENT: Label = { zh: '有效的证件号码', en: 'a valid document number' };
const SCIENTIFIC = /^\d+(?:\.\d+)?E\+?\d+$/i;
const RESIDENT_ID_SHAPE = /^\d{17}[\dX]$/;

type Cell = { state: 'empty' } | { state: 'bad' } | { state: 'ok'; text: string; lossy?: boolean };

export class RowValidator {
  private readonly today: string;
  private readonly todayDate: Date;
  private readonly committees?: Set<string>;
  private readonly seen = new DocNumberIndex();
  private positionsFor: readonly (string | null)[] | null = null;
  private positions: Partial<Record<ColumnKey, number>> = {};

  constructor(opts: RowValidatorOptions) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new Error(`RowValidator: today must be YYYY-MM-DD, got ${opts.today}`);
    this.today = opts.today;
    this.todayDate = new Date(`${opts.today}T00:00:00Z`);
    if (opts.districtCommitteeCodes) this.committees = opts.districtCommitteeCodes;
  }

  /**
   * Validates one row; returns the record or every error of the row. Remembers the document numbers it has
   * seen: the same number again is an error on the later row naming the first.
   */
  validate(rowNumber: number, cells: readonly string[], columns: readonly (string | null)[]): RowResult {
    const pos = this.positionsOf(columns);
    const errors: RowError[] = [];
    const fail = (field: ColumnKey, code: RowCode, params: Record<string, unknown> = {}, value?: string, messageKey: RowCode = code) => {
      const column = columnLabel(field);
      errors.push({
        row: rowNumber,
        field,
        column,
        code,
        message: cellMessage(rowNumber, column, messageKey, params),
        ...(value ? { value: shown(field, value) } : {}),
      });
    };

    /** Reads a cell: markers become errors, `="…"` is unwrapped, surrounding space trimmed. */
    const cell = (field: ColumnKey): Cell => {
      const i = pos[field];
      const raw = i === undefined ? '' : (cells[i] ?? '');
      const marker = readMarker(raw);
      if (marker) {
        switch (marker.kind) {
          case 'TOO_LONG':
            fail(field, 'CELL_TOO_LONG', { length: marker.length, max: marker.max }, `${marker.preview}…`);
            return { state: 'bad' };
          case 'CELL_ERROR':
            fail(field, 'CELL_ERROR', { value: marker.text });
            return { state: 'bad' };
          case 'LOSSY_NUMBER':
            return { state: 'ok', text: marker.text, lossy: true };
        }
      }
      let text = raw.trim();
      const formula = /^="(.*)"$/s.exec(text);
      if (formula) text = formula[1]!.trim();
      return text ? { state: 'ok', text } : { state: 'empty' };
    };

    /** Free text: whitespace runs collapsed, at most maxLength code points. */
    const text = (field: ColumnKey, required: boolean, normalize = false): string | null => {
      const c = cell(field);
      if (c.state === 'bad') return null;
      if (c.state === 'empty') {
        if (required) fail(field, 'REQUIRED');
        return null;
      }
      let t = c.text.replace(/\s+/g, ' ');
      if (normalize) t = t.normalize('NFKC');
      const length = [...t].length;
      const max = COLUMN_BY_KEY[field].maxLength;
      if (length > max) {
        fail(field, 'TOO_LONG', { length, max }, t);
        return null;
      }
      return t;
    };

    // Identity ------------------------------------------------------------------------------------------
    const name = text('name', true);

    const numberCell = cell('docNumber');
    const number = numberCell.state === 'ok' ? compactNumber(numberCell.text) : null;
    if (numberCell.state === 'empty') fail('docNumber', 'REQUIRED');

    let docType: DocType | null = null;
    const typeCell = cell('docType');
    if (typeCell.state === 'ok') {
      docType = docTypes.lookup(typeCell.text);
      if (!docType) fail('docType', 'DOC_TYPE_UNKNOWN', { allowed: docTypes.allowed() }, typeCell.text);
    } else if (typeCell.state === 'empty' && number !== null) {
      if (looksLikeResidentId(number, numberCell.state === 'ok' && numberCell.lossy === true)) docType = 'resident_id';
      else fail('docType', 'DOC_TYPE_REQUIRED');
    }

    let docNumber: string | null = null;
    let fromId: { gender: Gender; birthDate: string } | null = null;
    if (number !== null && docType && numberCell.state === 'ok') {
      const checked = this.checkDocNumber('docNumber', docType, number, numberCell.lossy === true, fail);
      if (checked) {
        docNumber = checked.number;
        fromId = checked.fromId;
      }
    }

    let gender: Gender | null = null;
    const genderCell = cell('gender');
    if (genderCell.state === 'ok') {
      gender = genders.lookup(genderCell.text);
      if (!gender) fail('gender', 'GENDER_UNKNOWN', {}, genderCell.text);
      else if (fromId && gender !== fromId.gender) fail('gender', 'ID_GENDER_MISMATCH', { expected: GENDER_LABEL[fromId.gender] }, genderCell.text);
    } else if (genderCell.state === 'empty' && fromId) gender = fromId.gender;

    const birthCell = cell('birthDate');
    let birthDate = this.date('birthDate', birthCell, fail);
    if (fromId) {
      if (birthDate && birthDate !== fromId.birthDate) fail('birthDate', 'ID_BIRTH_MISMATCH', { expected: fromId.birthDate }, birthDate);
      else if (birthCell.state === 'empty') birthDate = fromId.birthDate;
    }

    const ethnicity = text('ethnicity', false);

    let phone: string | null = null;
    const phoneCell = cell('phone');
    if (phoneCell.state === 'ok') {
      phone = phoneNumber(phoneCell.text);
      if (!phone || phoneCell.lossy) {
        fail('phone', 'PHONE_FORMAT', {}, phoneCell.text);
        phone = null;
      }
    }

    let residence: Residence | null = null;
    const residenceCell = cell('residence');
    if (residenceCell.state === 'ok') {
      residence = residences.lookup(residenceCell.text);
      if (!residence) fail('residence', 'RESIDENCE_UNKNOWN', { allowed: residences.allowed() }, residenceCell.text);
    } else if (residenceCell.state === 'empty') fail('residence', 'REQUIRED');

    const nationality = text('nationality', false);

    // Address -------------------------------------------------------------------------------------------
    let committeeCode: string | null = null;
    const codeCell = cell('committeeCode');
    if (codeCell.state === 'ok') {
      const code = codeCell.text.normalize('NFKC').replace(/\s+/g, '');
      if (!/^\d{12}$/.test(code)) fail('committeeCode', 'COMMITTEE_CODE_FORMAT', {}, code);
      else if (this.committees && !this.committees.has(code)) fail('committeeCode', 'COMMITTEE_NOT_IN_DISTRICT', { value: code }, code);
      else committeeCode = code;
    } else if (codeCell.state === 'empty') fail('committeeCode', 'REQUIRED');

    const compound = text('compound', true, true);
    const building = text('building', true, true);
    const room = text('room', true, true);

    let relation: HouseRelation | null = 'resident';
    const relationCell = cell('relation');
    if (relationCell.state === 'ok') {
      relation = relations.lookup(relationCell.text);
      if (!relation) fail('relation', 'RELATION_UNKNOWN', { allowed: relations.allowed() }, relationCell.text);
    } else if (relationCell.state === 'bad') relation = null;

    const since = this.date('since', cell('since'), fail);

    // Household -----------------------------------------------------------------------------------------
    let headDocNumber: string | null = null;
    const headCell = cell('headDocNumber');
    if (headCell.state === 'ok') {
      const head = compactNumber(headCell.text);
      const headType: DocType | null = looksLikeResidentId(head, headCell.lossy === true)
        ? 'resident_id'
        : docType && docType !== 'resident_id' && DOC_FORMATS[docType].test.test(head)
          ? docType
          : guessDocType(head);
      if (headType) headDocNumber = this.checkDocNumber('headDocNumber', headType, head, headCell.lossy === true, fail)?.number ?? null;
      else fail('headDocNumber', 'DOC_NUMBER_FORMAT', { docType: { zh: '户主证件', en: "head's document" }, expected: ANY_DOCUMENT }, head);
    }
    const relationToHead = text('relationToHead', false);

    // The same person on several rows: a tie to another house (an owner living elsewhere), never the same
    // house twice, and always with the same personal details, which the first row gives. Only rows without
    // errors are remembered: a later row of a refused one stands on its own.
    let repeatOf: number | undefined;
    if (!errors.length) {
      const address = fingerprint([committeeCode, compound, building, room]);
      const details = fingerprint([name, docType, gender, birthDate, ethnicity, phone, residence, nationality]);
      const seen = this.seen.remember(docType!, docNumber!, rowNumber, address, details);
      if (seen) {
        if (seen.address === address) fail('docNumber', 'DUPLICATE_DOC_NUMBER', { firstRow: seen.row }, docNumber!);
        else if (seen.details !== details) fail('docNumber', 'DOC_NUMBER_DETAILS_DIFFER', { firstRow: seen.row }, docNumber!);
        else repeatOf = seen.row;
      }
    }

    if (errors.length)
      return { ok: false, errors: errors.length > 1 ? errors.sort((a, b) => COLUMN_ORDER[a.field as ColumnKey] - COLUMN_ORDER[b.field as ColumnKey]) : errors };
    return {
      ok: true,
      row: {
        person: {
          name: name!,
          docType: docType!,
          docNumber: docNumber!,
          gender,
          birthDate,
          ethnicity,
          phone,
          residence: residence!,
          nationality,
        },
        address: { committeeCode: committeeCode!, compound: compound!, building: building!, room: room! },
        relation: relation!,
        since,
        headDocNumber,
        relationToHead,
      },
      ...(repeatOf !== undefined ? { repeatOf } : {}),
    };
  }

  private positionsOf(columns: readonly (string | null)[]): Partial<Record<ColumnKey, number>> {
    if (columns !== this.positionsFor) {
      const positions: Partial<Record<ColumnKey, number>> = {};
      columns.forEach((key, i) => {
        if (key && (COLUMN_KEYS as readonly string[]).includes(key) && positions[key as ColumnKey] === undefined) positions[key as ColumnKey] = i;
      });
      this.positions = positions;
      this.positionsFor = columns;
    }
    return this.positions;
  }

  /** Validates a document number of a known type; null when it is wrong (the error is recorded). */
  private checkDocNumber(
    field: 'docNumber' | 'headDocNumber',
    type: DocType,
    number: string,
    lossy: boolean,
    fail: (field: ColumnKey, code: RowCode, params?: Record<string, unknown>, value?: string, messageKey?: RowCode) => void,
  ): { number: string; fromId: { gender: Gender; birthDate: string } | null } | null {
    if (lossy || SCIENTIFIC.test(number)) {
      fail(field, 'ID_AS_NUMBER', {}, number);
      return null;
    }
    if (type === 'resident_id') {
      const parsed = parseResidentId(number, this.todayDate);
      if (!parsed.ok) {
        const zeros = parsed.problem === 'ID_CHECK_DIGIT' && number.endsWith('000');
        fail(field, parsed.problem, {}, number, zeros ? 'ID_CHECK_DIGIT_ZEROS' : parsed.problem);
        return null;
      }
      return { number: parsed.number, fromId: { gender: parsed.gender, birthDate: parsed.birthDate } };
    }
    if (!DOC_FORMATS[type].test.test(number)) {
      fail(field, 'DOC_NUMBER_FORMAT', { docType: DOC_TYPE_NAME[type], expected: DOC_FORMATS[type].expected }, number);
      return null;
    }
    return { number, fromId: null };
  }

  /** A date cell: YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日, YYYYMMDD, or an Excel serial day number. */
  private date(field: ColumnKey, c: Cell, fail: (field: ColumnKey, code: RowCode, params?: Record<string, unknown>, value?: string) => void): string | null {
    if (c.state !== 'ok') return null;
    const parsed = parseDate(c.text);
    if (!parsed.ok) {
      fail(field, parsed.code, { value: c.text }, c.text);
      return null;
    }
    if (parsed.date > this.today) {
      fail(field, 'DATE_FUTURE', { value: parsed.date }, parsed.date);
      return null;
    }
    return parsed.date;
  }
}

export type FileCheckItem = { kind: 'header'; rowNumber: number; mapping: HeaderMapping } | { kind: 'row'; rowNumber: number; result: RowResult };

/**
 * The whole check of one file, as the pieces are meant to be put together: read, map the header, validate
 * each row. Stops after the header when the header is wrong (there is no point reporting every row then).
 * File problems are thrown as ImportFileError.
 */
export async function* checkFile(input: NodeJS.ReadableStream, format: 'csv' | 'xlsx', opts: RowValidatorOptions & ReadOptions): AsyncGenerator<FileCheckItem> {
  const validator = new RowValidator(opts);
  let columns: (ColumnKey | null)[] | null = null;
  const rows = readRows(input, format, opts);
  try {
    for await (const item of rows) {
      if ('header' in item) {
        const mapping = mapHeader(item.header, item.rowNumber);
        yield { kind: 'header', rowNumber: item.rowNumber, mapping };
        if (!mapping.ok) return;
        columns = mapping.columns;
      } else {
        yield { kind: 'row', rowNumber: item.rowNumber, result: validator.validate(item.rowNumber, item.cells, columns!) };
      }
    }
  } finally {
    await rows.return(undefined);
  }
}

// ---------------------------------------------------------------------------------------------------------

/** Document numbers: full-width → ASCII, no spaces or dashes, upper case. */
function compactNumber(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\-–—]+/g, '')
    .toUpperCase();
}

function looksLikeResidentId(n: string, lossy: boolean): boolean {
  // 15 digits: a first-generation number; treated as a resident ID so the error says what is expected.
  return lossy || RESIDENT_ID_SHAPE.test(n) || /^\d{15,18}$/.test(n) || SCIENTIFIC.test(n);
}

function guessDocType(n: string): DocType | null {
  for (const [type, f] of Object.entries(DOC_FORMATS) as [Exclude<DocType, 'resident_id'>, (typeof DOC_FORMATS)[keyof typeof DOC_FORMATS]][]) {
    if (f.test.test(n)) return type;
  }
  return null;
}

/** A mainland mobile (an optional +86 dropped) or a fixed line with area code; null when neither. */
function phoneNumber(raw: string): string | null {
  let p = raw.normalize('NFKC').replace(/[\s()]+/g, '');
  const intl = /^(?:\+|00)?86-?(1[3-9]\d{9})$/.exec(p);
  if (intl) p = intl[1]!;
  if (/^1[3-9]\d{9}$/.test(p) || /^0\d{2,3}-?\d{7,8}$/.test(p)) return p;
  return null;
}

export type ParsedDate = { ok: true; date: string } | { ok: false; code: 'DATE_FORMAT' | 'DATE_INVALID' | 'DATE_TOO_EARLY' };

export function parseDate(raw: string): ParsedDate {
  const s = raw.normalize('NFKC').trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if (/^\d{5}(?:\.\d+)?$/.test(s)) {
    // An Excel serial day number (a date cell saved as General, or copied out as a number). Five digits only:
    // 10000–99999 is 1927–2173; a four-digit number is far more likely a year than a day in 1900–1927.
    const date = excelSerialToDate(Math.floor(Number(s)));
    [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  } else {
    return { ok: false, code: 'DATE_FORMAT' };
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { ok: false, code: 'DATE_INVALID' };
  if (y < 1880) return { ok: false, code: 'DATE_TOO_EARLY' };
  return { ok: true, date: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** What an error may show of a value: document numbers and phones masked, anything long cut. */
function shown(field: ColumnKey, value: string): string {
  if (field === 'docNumber' || field === 'headDocNumber') return maskId(value);
  if (field === 'phone') return maskPhone(value.replace(/\D/g, '') || value);
  return cut(value);
}

function cut(s: string, max = 50): string {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : s;
}

/**
 * The document numbers seen so far, with the row of each and fingerprints of its address and personal
 * details, compact enough for a district-sized file (about a million rows): a valid resident ID is fully
 * determined by its first 17 digits, which are kept exactly as two 32-bit integers in an open-addressing table
 * (20 bytes a slot); other documents, few, go in a Map.
 */
class DocNumberIndex {
  private hi = new Uint32Array(1 << 12);
  private lo = new Uint32Array(1 << 12);
  private rows = new Uint32Array(1 << 12);
  private addresses = new Uint32Array(1 << 12);
  private details = new Uint32Array(1 << 12);
  private size = 0;
  private readonly others = new Map<string, Seen>();

  /** The first row with this number and what it said, or undefined (and this row is remembered). */
  remember(type: DocType, number: string, row: number, address: number, details: number): Seen | undefined {
    if (type !== 'resident_id') {
      const key = `${type}:${number}`;
      const first = this.others.get(key);
      if (first === undefined) this.others.set(key, { row, address, details });
      return first;
    }
    const hi = Number(number.slice(0, 9));
    const lo = Number(number.slice(9, 17));
    if ((this.size + 1) * 2 > this.rows.length) this.grow();
    const mask = this.rows.length - 1;
    for (let i = hash(hi, lo) & mask; ; i = (i + 1) & mask) {
      if (this.rows[i] === 0) {
        this.hi[i] = hi;
        this.lo[i] = lo;
        this.rows[i] = row;
        this.addresses[i] = address;
        this.details[i] = details;
        this.size++;
        return undefined;
      }
      if (this.hi[i] === hi && this.lo[i] === lo) return { row: this.rows[i]!, address: this.addresses[i]!, details: this.details[i]! };
    }
  }

  private grow(): void {
    const { hi, lo, rows, addresses, details } = this;
    const n = rows.length * 2;
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.rows = new Uint32Array(n);
    this.addresses = new Uint32Array(n);
    this.details = new Uint32Array(n);
    const mask = n - 1;
    for (let j = 0; j < rows.length; j++) {
      if (rows[j] === 0) continue;
      let i = hash(hi[j]!, lo[j]!) & mask;
      while (this.rows[i] !== 0) i = (i + 1) & mask;
      this.hi[i] = hi[j]!;
      this.lo[i] = lo[j]!;
      this.rows[i] = rows[j]!;
      this.addresses[i] = addresses[j]!;
      this.details[i] = details[j]!;
    }
  }
}

interface Seen {
  row: number;
  address: number;
  details: number;
}

/** FNV-1a over the values: equal values, equal fingerprints (two different ones collide once in four billion). */
function fingerprint(values: ReadonlyArray<string | null>): number {
  let h = 0x811c9dc5;
  for (const v of values) {
    const s = v ?? '\u0000';
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return h >>> 0;
}

function hash(hi: number, lo: number): number {
  let h = Math.imul(hi ^ 0x9e3779b9, 0x85ebca6b) ^ lo;
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}
