import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors.js';
import { CellError, HOTLINE_COLUMNS, HOTLINE_FIELDS, type HotlineField } from './hotline.rules.js';

/**
 * Reads a hotline export (CSV in UTF-8, or XLSX) into rows keyed by field. Hotline files are a day's or a
 * week's orders, so the whole file is read at once; a larger file is refused rather than half-imported.
 * Row numbers are the ones the user sees in the spreadsheet (the header is row 1 unless a title sits above).
 */
export const MAX_ROWS = 2000;

export interface HotlineRow {
  row: number;
  fields: Partial<Record<HotlineField, unknown>>;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (b: Buffer, bytes: number[]) => bytes.every((x, i) => b[i] === x);

const fieldOf = (() => {
  const byName = new Map<string, HotlineField>();
  for (const f of HOTLINE_FIELDS) {
    byName.set(f.toLowerCase(), f);
    for (const a of HOTLINE_COLUMNS[f].aliases) byName.set(a, f);
    byName.set(HOTLINE_COLUMNS[f].label.en.toLowerCase(), f);
  }
  return (header: string) => byName.get(header.replace(/[\s*＊]/g, '').replace(/（.*）|\(.*\)/g, '')) ?? byName.get(header.trim().toLowerCase()) ?? null;
})();

const REQUIRED_COLUMNS: HotlineField[] = ['orderNo', 'receivedAt', 'category', 'content'];

export async function readHotlineFile(bytes: Buffer, fileName: string): Promise<HotlineRow[]> {
  if (!bytes.length) throw new AppError('HOTLINE_FILE_EMPTY', 400);
  const xlsx = startsWith(bytes, ZIP);
  if (!xlsx && /\.xlsx$/i.test(fileName)) throw new AppError('HOTLINE_FILE_TYPE', 400);
  const table = xlsx ? await xlsxTable(bytes) : csvTable(bytes);
  const textOf = (c: Cell) => (typeof c === 'string' ? c : '');
  // The header is the first row naming at least two of our columns (a title row may sit above it).
  const at = table.findIndex((r) => r.cells.filter((c) => fieldOf(textOf(c))).length >= 2);
  if (at < 0) throw new AppError('HOTLINE_FILE_HEADER', 400, { columns: REQUIRED_COLUMNS.map((f) => HOTLINE_COLUMNS[f].label.zh).join('、') });
  const columns = table[at]!.cells.map((c) => fieldOf(textOf(c)));
  const missing = REQUIRED_COLUMNS.filter((f) => !columns.includes(f));
  if (missing.length) throw new AppError('HOTLINE_FILE_HEADER', 400, { columns: missing.map((f) => HOTLINE_COLUMNS[f].label.zh).join('、') });
  const rows: HotlineRow[] = [];
  for (const r of table.slice(at + 1)) {
    if (r.cells.every((c) => typeof c === 'string' && !c.trim())) continue;
    const fields: Partial<Record<HotlineField, unknown>> = {};
    columns.forEach((f, i) => {
      if (f) fields[f] = r.cells[i] ?? '';
    });
    rows.push({ row: r.row, fields });
    if (rows.length > MAX_ROWS) throw new AppError('HOTLINE_FILE_TOO_LARGE', 400, { max: MAX_ROWS });
  }
  if (!rows.length) throw new AppError('HOTLINE_FILE_EMPTY', 400);
  return rows;
}

/** A cell as read: its text, or the formula error it holds (xlsx only). */
type Cell = string | CellError;

function csvTable(bytes: Buffer): Array<{ row: number; cells: Cell[] }> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('HOTLINE_FILE_ENCODING', 400);
  }
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  const delimiter = first.includes('\t') && !first.includes(',') ? '\t' : ',';
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
      delimiter,
    }) as unknown as typeof records;
  } catch (e) {
    throw new AppError('HOTLINE_FILE_MALFORMED', 400, { reason: (e as Error).message.slice(0, 120) });
  }
  // csv-parse counts lines, and a quoted cell may span several: the row number is the record's first line.
  let next = 1;
  return records.map((r) => {
    const row = next;
    next = r.info.lines + 1;
    return { row, cells: r.record.map((c) => c ?? '') };
  });
}

async function xlsxTable(bytes: Buffer): Promise<Array<{ row: number; cells: Cell[] }>> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError('HOTLINE_FILE_MALFORMED', 400, { reason: (e as Error).message.slice(0, 120) });
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new AppError('HOTLINE_FILE_EMPTY', 400);
  if (sheet.rowCount > MAX_ROWS + 10) throw new AppError('HOTLINE_FILE_TOO_LARGE', 400, { max: MAX_ROWS });
  const out: Array<{ row: number; cells: Cell[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    out.push({ row: n, cells });
  });
  return out;
}

/**
 * A cell as text, or the formula error it holds (#REF!, #N/A…, typed in or a formula's result) for the rules to
 * report as such. Excel keeps times without a zone and exceljs hands them over as UTC: they are Beijing times.
 */
function cellText(v: ExcelJS.CellValue | { error: string }): Cell {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 19).replace('T', ' ');
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) return new CellError(String(v.error));
    if ('result' in v) return v.result === undefined || v.result === null ? '' : cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}
