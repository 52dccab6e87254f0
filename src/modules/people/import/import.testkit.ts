/** Fixtures for the import tests: files built in memory, and a helper that runs a whole file check. */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { makeResidentId } from '../id-number.js';
import type { PersonRow } from '../people.types.js';
import { COLUMN_KEYS, IMPORT_COLUMNS, type ColumnKey } from './import.columns.js';
import type { ReadItem, ReadOptions } from './import.reader.js';
import { readRows } from './import.reader.js';
import { checkFile, type RowError, type RowValidatorOptions } from './import.validator.js';

export const TODAY = '2025-06-30';

/** A stream of the bytes, cut into pieces of `chunk` bytes (to cross multi-byte characters and lines). */
export function streamOf(data: string | Buffer, chunk = 64 * 1024): Readable {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) pieces.push(bytes.subarray(i, i + chunk));
  return Readable.from(pieces);
}

export type RowValues = Partial<Record<ColumnKey, string | number | Date | null>>;

/** A valid row; `n` varies the person (its ID number and name). */
export function person(n: number, overrides: RowValues = {}): RowValues {
  const birth = `19${String(40 + (n % 60)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 10}`;
  return {
    name: `居民${n}`,
    docType: '居民身份证',
    docNumber: makeResidentId('310106', birth, n % 1000),
    gender: '',
    birthDate: '',
    ethnicity: '汉族',
    phone: `139${String(n).padStart(8, '0')}`,
    residence: '户籍在住',
    nationality: '中国',
    committeeCode: '310106001001',
    compound: '静安新村',
    building: `${1 + (n % 30)}号`,
    room: String(101 + (n % 600)),
    relation: '居住人',
    since: '2001-06-01',
    headDocNumber: '',
    relationToHead: '',
    ...overrides,
  };
}

export const zhHeader = () => IMPORT_COLUMNS.map((c) => c.zh);
export const enHeader = () => IMPORT_COLUMNS.map((c) => c.en);

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const text = (v: RowValues[ColumnKey]) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

export function csvOf(rows: RowValues[], opts: { header?: string[]; keys?: readonly ColumnKey[]; bom?: boolean; eol?: string } = {}): string {
  const keys = opts.keys ?? COLUMN_KEYS;
  const header = opts.header ?? keys.map((k) => IMPORT_COLUMNS.find((c) => c.key === k)!.zh);
  const eol = opts.eol ?? '\r\n';
  const lines = [header.map(csvField).join(','), ...rows.map((r) => keys.map((k) => csvField(text(r[k]))).join(','))];
  return `${opts.bom === false ? '' : '\uFEFF'}${lines.join(eol)}${eol}`;
}

export async function xlsxOf(
  rows: RowValues[],
  opts: { header?: string[]; keys?: readonly ColumnKey[]; setup?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void } = {},
): Promise<Buffer> {
  const keys = opts.keys ?? COLUMN_KEYS;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(opts.header ?? keys.map((k) => IMPORT_COLUMNS.find((c) => c.key === k)!.zh));
  for (const r of rows) ws.addRow(keys.map((k) => r[k] ?? null));
  opts.setup?.(ws, wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readAll(data: string | Buffer, format: 'csv' | 'xlsx', opts?: ReadOptions): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readRows(streamOf(data), format, opts)) out.push(item);
  return out;
}

export interface CheckOutcome {
  headerErrors: RowError[];
  warnings: RowError[];
  rows: { rowNumber: number; row: PersonRow }[];
  errors: RowError[];
}

export async function check(data: string | Buffer, format: 'csv' | 'xlsx', opts: Partial<RowValidatorOptions> & ReadOptions = {}): Promise<CheckOutcome> {
  const out: CheckOutcome = { headerErrors: [], warnings: [], rows: [], errors: [] };
  for await (const item of checkFile(streamOf(data), format, { today: TODAY, ...opts })) {
    if (item.kind === 'header') {
      out.warnings.push(...item.mapping.warnings);
      if (!item.mapping.ok) out.headerErrors.push(...item.mapping.errors);
    } else if (item.result.ok) out.rows.push({ rowNumber: item.rowNumber, row: item.result.row });
    else out.errors.push(...item.result.errors);
  }
  return out;
}

/** The error's essentials, for compact assertions. */
export const brief = (e: RowError) => ({ row: e.row, field: e.field, code: e.code });
