/**
 * Streaming readers for people import files. Neither reader holds the file: CSV is decoded and split chunk by
 * chunk, and XLSX rows are produced one at a time from the worksheet XML. What is held is bounded: one CSV
 * record (at most `maxRecordSize` characters), and for XLSX the workbook's shared-string table (every distinct
 * text of the workbook, each cut to `maxCellLength`) — an XLSX sheet refers to its strings by index in any
 * order, so that table is the one thing a correct XLSX reader must keep.
 *
 * The reader reports file problems (not UTF-8, not a workbook, empty, header only) by throwing an
 * `ImportFileError`. Cell problems are for the validator: a cell the reader could not pass on faithfully (too
 * long, a number that lost digits, a formula error) is replaced by a marker (see `CellMarker`), which the
 * validator turns into an error naming the row and the column.
 */
import { Readable } from 'node:stream';
import { parse as csvParse, type Options as CsvOptions } from 'csv-parse';
import ExcelJS from 'exceljs';
import { isHeaderEcho, resolveHeader } from './import.columns.js';
import { ImportFileError } from './import.messages.js';

export { ImportFileError } from './import.messages.js';

export type ReadItem = { header: string[]; rowNumber: number } | { rowNumber: number; cells: string[] };

export interface ReadOptions {
  /** Longer cells are replaced by a CELL_TOO_LONG marker (the validator reports them). Default 500. */
  maxCellLength?: number;
  /**
   * CSV: a record longer than this many characters stops the read with IMPORT_RECORD_TOO_LARGE. csv-parse
   * must hold a whole field before it can hand it over, so this is what bounds memory against a runaway quote
   * or a file that is not a table. Default 4 MiB (a 1 MB cell is still reported per row).
   */
  maxRecordSize?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Markers: a cell that starts with NUL is a reader's note, not data. NUL cannot occur in real cells: XML 1.0
// forbids it in XLSX, and the CSV reader refuses text containing it.

export type CellMarker =
  | { kind: 'TOO_LONG'; length: number; max: number; preview: string }
  /** A number at or beyond 1e15: Excel keeps 15 significant digits, so any digits after those are gone. */
  | { kind: 'LOSSY_NUMBER'; text: string }
  | { kind: 'CELL_ERROR'; text: string };

const MARK = '\u0000';

export function markCell(m: CellMarker): string {
  switch (m.kind) {
    case 'TOO_LONG':
      return `${MARK}TOO_LONG${MARK}${m.length}${MARK}${m.max}${MARK}${m.preview.replaceAll(MARK, '')}`;
    case 'LOSSY_NUMBER':
    case 'CELL_ERROR':
      return `${MARK}${m.kind}${MARK}${m.text}`;
  }
}

export function readMarker(cell: string): CellMarker | null {
  if (cell.charCodeAt(0) !== 0) return null;
  const [, kind, a = '', b = '', c = ''] = cell.split(MARK);
  if (kind === 'TOO_LONG') return { kind, length: Number(a), max: Number(b), preview: c };
  if (kind === 'LOSSY_NUMBER' || kind === 'CELL_ERROR') return { kind, text: a };
  return null;
}

const PREVIEW = 20;
const limitCell = (s: string, max: number) => (s.length > max ? markCell({ kind: 'TOO_LONG', length: s.length, max, preview: s.slice(0, PREVIEW) }) : s);

// ---------------------------------------------------------------------------------------------------------

/**
 * Reads an import file: first `{ header, rowNumber }`, then `{ rowNumber, cells }` per non-blank data row.
 * Row numbers are the ones the user sees in Excel (1-based, header included; a CSV record that spans lines
 * because of a quoted line break is one row, as in Excel).
 *
 * - Blank rows are skipped (they keep their numbers). A title row above the header (one cell, not a column
 *   name) is skipped too, as is a second header row repeating the header in the other language (the xlsx
 *   template's English row).
 * - Empty input: ImportFileError IMPORT_EMPTY; a header and no data rows: IMPORT_NO_DATA_ROWS (thrown after
 *   the header item).
 */
export async function* readRows(input: NodeJS.ReadableStream, format: 'csv' | 'xlsx', opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const maxCellLength = opts.maxCellLength ?? 500;
  const chunks = (input as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  try {
    const first = await firstChunk(chunks);
    if (!first) throw new ImportFileError('IMPORT_EMPTY');
    const raw = format === 'csv' ? csvRows(first, chunks, maxCellLength, opts.maxRecordSize ?? 4 * 1024 * 1024) : xlsxRows(first, chunks, maxCellLength);
    yield* shapeRows(raw);
  } finally {
    // The consumer may stop early (or we failed): release the upload stream.
    await chunks.return?.();
    (input as Partial<Readable>).destroy?.();
  }
}

/** The first bytes of the input (at least 8 when there are, enough to recognise the format), or null when empty. */
async function firstChunk(chunks: AsyncIterator<Buffer | string>): Promise<Buffer | null> {
  const got: Buffer[] = [];
  let length = 0;
  while (length < 8) {
    const next = await chunks.next();
    if (next.done) break;
    const b = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    got.push(b);
    length += b.length;
  }
  return length ? Buffer.concat(got) : null;
}

interface RawRow {
  rowNumber: number;
  cells: string[];
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
const nonEmpty = (cells: readonly string[]) => cells.reduce((n, c) => (c.trim() ? n + 1 : n), 0);

/** Header detection, blank rows, the echo row, and the empty / header-only checks: the same for both formats. */
async function* shapeRows(rows: AsyncIterable<RawRow>): AsyncGenerator<ReadItem> {
  let header: string[] | null = null;
  let headerRow = 0;
  let skippedTitles = 0;
  let dataRows = 0;
  let echoChecked = false;
  for await (const row of rows) {
    if (isBlank(row.cells)) continue;
    if (!header) {
      // A title such as "XX居委会居民信息表" in one (often merged) cell above the header.
      if (nonEmpty(row.cells) === 1 && skippedTitles < 5 && !row.cells.some((c) => c.trim() && resolveHeader(c))) {
        skippedTitles++;
        continue;
      }
      header = trimTrailing(row.cells);
      headerRow = row.rowNumber;
      yield { header, rowNumber: headerRow };
      continue;
    }
    if (!echoChecked) {
      echoChecked = true;
      if (row.rowNumber === headerRow + 1 && isHeaderEcho(header, row.cells)) continue;
    }
    dataRows++;
    yield { rowNumber: row.rowNumber, cells: trimTrailing(row.cells) };
  }
  if (!header) throw new ImportFileError('IMPORT_EMPTY');
  if (dataRows === 0) throw new ImportFileError('IMPORT_NO_DATA_ROWS', { headerRow });
}

function trimTrailing(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === '') n--;
  return n === cells.length ? cells : cells.slice(0, n);
}

async function* rest(first: Buffer, chunks: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer> {
  yield first;
  for (;;) {
    const next = await chunks.next();
    if (next.done) return;
    yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
  }
}

const startsWith = (b: Buffer, bytes: number[]) => bytes.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// ---------------------------------------------------------------------------------------------------------
// CSV

async function* csvRows(first: Buffer, chunks: AsyncIterator<Buffer | string>, maxCellLength: number, maxRecordSize: number): AsyncGenerator<RawRow> {
  if (startsWith(first, ZIP)) throw new ImportFileError('IMPORT_XLSX_AS_CSV');
  if (startsWith(first, OLE)) throw new ImportFileError('IMPORT_XLS_LEGACY');
  if (startsWith(first, [0xff, 0xfe]) || startsWith(first, [0xfe, 0xff])) throw new ImportFileError('IMPORT_UTF16');

  // The delimiter is decided from the first line before the parser is made.
  const text = decodeUtf8(rest(first, chunks));
  let head = '';
  while (!head.includes('\n') && head.length < 65536) {
    const next = await text.next();
    if (next.done) break;
    head += next.value;
  }
  const parser = csvParse({
    bom: true,
    delimiter: pickDelimiter(head),
    relax_column_count: true,
    // A stray quote inside an unquoted value (5" pipe) is kept as text instead of failing the file.
    relax_quotes: true,
    max_record_size: maxRecordSize,
  } satisfies CsvOptions);
  const source = Readable.from(
    (async function* () {
      if (head) yield head;
      yield* text;
    })(),
  );
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);

  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      for (let i = 0; i < record.length; i++) {
        if (record[i]!.length > maxCellLength) record[i] = limitCell(record[i]!, maxCellLength);
      }
      yield { rowNumber, cells: record };
    }
  } catch (e) {
    throw csvError(e, rowNumber + 1, maxRecordSize);
  } finally {
    source.destroy();
    parser.destroy();
  }
}

/**
 * A comma when the first line has one outside quotes; else a tab (Excel's "Text (Tab delimited)"), else a
 * semicolon (Excel in locales whose decimal separator is a comma).
 */
function pickDelimiter(head: string): string {
  const firstLine = head.split(/\r?\n/, 1)[0]!.replace(/"[^"]*"/g, '');
  return firstLine.includes(',') ? ',' : firstLine.includes('\t') ? '\t' : firstLine.includes(';') ? ';' : ',';
}

/** Decodes strictly: a byte sequence that is not UTF-8 fails the file instead of becoming "�". */
async function* decodeUtf8(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  // ignoreBOM false (the default): a leading UTF-8 BOM is dropped here.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 1;
  for await (const chunk of bytes) {
    let s: string;
    try {
      s = decoder.decode(chunk, { stream: true });
    } catch {
      const loose = new TextDecoder('utf-8').decode(chunk);
      const at = loose.indexOf('\uFFFD');
      throw new ImportFileError('IMPORT_NOT_UTF8', { line: lines + countNewlines(loose, at < 0 ? loose.length : at) });
    }
    if (s.includes('\u0000')) throw new ImportFileError('IMPORT_NOT_CSV');
    lines += countNewlines(s, s.length);
    if (s) yield s;
  }
  try {
    const tail = decoder.decode();
    if (tail) yield tail;
  } catch {
    throw new ImportFileError('IMPORT_NOT_UTF8', { line: lines });
  }
}

function countNewlines(s: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0 && i < end; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function csvError(e: unknown, row: number, maxRecordSize: number): unknown {
  if (e instanceof ImportFileError) return e;
  const err = e as { code?: string; message?: string; records?: number };
  const at = typeof err.records === 'number' ? err.records + 1 : row;
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return new ImportFileError('IMPORT_CSV_QUOTE', { row: at });
    case 'CSV_MAX_RECORD_SIZE':
      return new ImportFileError('IMPORT_RECORD_TOO_LARGE', { row: at, limit: maxRecordSize });
    default:
      if (err.code?.startsWith('CSV_')) return new ImportFileError('IMPORT_CSV_MALFORMED', { row: at, reason: err.message ?? err.code });
      return e;
  }
}

// ---------------------------------------------------------------------------------------------------------
// XLSX
//
// exceljs's streaming WorkbookReader, with these workarounds:
// - Shared strings are read in 'emit' mode into our own compact table (StringTable): each string is
//   flattened (rich text → plain) and cut to maxCellLength as it arrives, instead of exceljs's 'cache' mode
//   keeping every rich-text run with its font objects as JS objects. (exceljs's own `read()` never re-emits these events: its switch looks for an
//   eventType that `_parseSharedStrings` does not set; we iterate `parse()` directly, which yields them.)
// - In 'emit' mode exceljs spools each worksheet to a temporary file and parses it once the zip has been
//   read (it does the same in 'cache' mode whenever sharedStrings.xml comes after the sheets, which is the
//   order Excel and exceljs write). Memory stays bounded; disk use is the sheet's XML.
// - unzipper's early 'end' loses zip entries when the parse runs ahead of exceljs, and exceljs garbles a
//   Chinese character cut by a chunk boundary: see patchUnzipper.
// - Zip order is not tab order, so the first worksheet is found from workbook.xml and its relationships;
//   hidden sheets are passed over. Sheets not read are closed so their temp files go, and when the consumer
//   stops early the reader is run to its end (see xlsxRows' finally) so that exceljs deletes them.
// - Known limitation: an inline rich-text cell (<is> with several <r> runs; Excel itself always writes shared
//   strings) keeps only its last run, because exceljs resets the cell text at each <t>.
// - `{ sharedString: 0 }` and shared formulas (`{ formula: '' }`) fail exceljs's truthiness type tests and
//   arrive as plain objects: cells are read by shape ('sharedString' in v), not by cell.type.
// - A formula cell's `value` drops a falsy result (0, or NaN for an error): the result is read from its model.
// - Date-formatted numbers become Date objects, but formula results do not: their number is converted here
//   when the cell's format is a date format. A formula's error result arrives as NaN, its code lost: the code
//   is noted from the worksheet XML on its way to exceljs (see watchFormulaErrors).
// - A numeric cell is a double: Excel keeps 15 significant digits, so an 18-digit ID typed as a number is
//   stored as e.g. 3.10106195603121E+17 and its last three digits are gone for good. The reader does not
//   guess them back: a number ≥ 1e15 is passed as a LOSSY_NUMBER marker, and the validator reports it
//   (ID_AS_NUMBER for a document number) asking for the column to be formatted as text.

interface SheetRef {
  name: string;
  state?: string;
  rId: string;
}

interface WorkbookInternals {
  model?: { sheets?: SheetRef[] };
  workbookRels?: { Id: string; Target: string }[];
  properties?: { model?: { date1904?: boolean } };
  parse(): AsyncGenerator<{ eventType?: string; value?: unknown; index?: number; text?: unknown }>;
}

interface WorksheetReaderInternals extends AsyncIterable<ExcelJS.Row> {
  id: number | string;
  name: string;
  iterator?: { destroy?: () => void; return?: () => unknown };
}

async function* xlsxRows(first: Buffer, chunks: AsyncIterator<Buffer | string>, maxCellLength: number): AsyncGenerator<RawRow> {
  if (startsWith(first, OLE)) throw new ImportFileError('IMPORT_XLS_LEGACY');
  if (!startsWith(first, ZIP)) throw new ImportFileError('IMPORT_NOT_XLSX');

  const stream = Readable.from(rest(first, chunks), { objectMode: false });
  patchUnzipper(stream);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'emit',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as WorkbookInternals;

  const strings = new StringTable();
  let read = false;
  let isFirst: ((sheet: WorksheetReaderInternals) => boolean) | null | undefined;
  const events = reader.parse()[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      const next = await events.next();
      if (next.done) {
        done = true;
        break;
      }
      const event = next.value;
      if (event.eventType === 'worksheet') {
        const sheet = event.value as WorksheetReaderInternals;
        if (isFirst === undefined) isFirst = firstSheetTest(reader);
        if (read || (isFirst && !isFirst(sheet))) {
          close(sheet);
          continue;
        }
        read = true;
        // The spooled sheet is read back from its temp file in Buffer chunks: decode them as a stream too.
        (sheet.iterator as { setEncoding?: (e: BufferEncoding) => void } | undefined)?.setEncoding?.('utf8');
        const formulaErrors = new Map<string, string>();
        if (sheet.iterator)
          sheet.iterator = watchFormulaErrors(sheet.iterator as unknown as AsyncIterable<string | Buffer>, formulaErrors) as unknown as typeof sheet.iterator;
        const date1904 = reader.properties?.model?.date1904 === true;
        for await (const row of sheet) {
          const cells: string[] = [];
          row.eachCell({ includeEmpty: false }, (cell, col) => {
            cells[col - 1] = limitCell(cellText(cell, strings, date1904, formulaErrors), maxCellLength);
          });
          for (let i = 0; i < cells.length; i++) cells[i] ??= '';
          yield { rowNumber: row.number, cells };
        }
      } else if (event.eventType === undefined && typeof event.index === 'number') {
        strings.push(limitCell(plainText(event.text), maxCellLength));
      }
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    throw new ImportFileError('IMPORT_XLSX_CORRUPT', { reason: e instanceof Error ? e.message.slice(0, 200) : String(e) });
  } finally {
    // Stopped early (the consumer had enough, or a header error): exceljs deletes each spooled sheet's temp
    // file only when its loop moves on, so let it run to the end, closing the sheets unread. By now the zip has
    // been read in full (sheets are only emitted after it), so this costs no parsing.
    if (!done) await drain(events);
    stream.destroy();
  }
  if (!read) throw new ImportFileError('IMPORT_NO_WORKSHEET');
}

/**
 * Two fixes applied to the unzipper Parse instance as exceljs pipes the upload into it:
 *
 * - Parse emits 'end' as soon as its *input* is finished, while entries it has already parsed may still sit in
 *   its readable buffer: exceljs's loop then stops early and the entries after the current one are never seen
 *   (workbook.xml, styles, shared strings: "Cannot read properties of undefined (reading 'sheets')", or a sheet
 *   with no text). It happens when parsing runs ahead of the consumer, i.e. with small or uncompressed (STORED)
 *   entries, which SheetJS writes by default; about one read in two of such a file failed. The stream ends on
 *   its own when Parse pushes null after the central directory, so the premature 'end' is removed.
 *
 * - exceljs decodes each chunk of XML on its own (TextDecoder without `stream: true`), so a multi-byte UTF-8
 *   character cut by a chunk boundary becomes two U+FFFD: about one row in a thousand of Chinese text was
 *   silently garbled. Every XML entry is switched to UTF-8 string output (Node's StringDecoder keeps split
 *   characters whole); worksheets, which exceljs spools to a file and reads back, get the same in xlsxRows.
 */
function patchUnzipper(stream: Readable): void {
  const pipe = stream.pipe.bind(stream);
  stream.pipe = (<T extends NodeJS.WritableStream>(dest: T, options?: { end?: boolean }): T => {
    const zip = dest as unknown as Readable;
    for (const listener of zip.listeners('finish')) {
      if (/emit\(\s*['"]end['"]\s*\)/.test(String(listener))) zip.removeListener('finish', listener as (...args: unknown[]) => void);
    }
    const push = zip.push.bind(zip);
    zip.push = (chunk: unknown, encoding?: BufferEncoding) => {
      const entry = chunk as { path?: unknown; setEncoding?: (e: BufferEncoding) => void } | null;
      if (entry && typeof entry.path === 'string' && /\.(?:xml|rels)$/i.test(entry.path)) entry.setEncoding?.('utf8');
      return push(chunk, encoding);
    };
    return pipe(dest, options);
  }) as typeof stream.pipe;
}

/**
 * Which emitted worksheet is the first visible tab. exceljs names a sheet reader after its workbook entry when
 * the relationship target is written relative to xl/ ("worksheets/sheet1.xml"), and leaves it "SheetN" (N from
 * the file name) when it is not (some tools write "/xl/worksheets/sheet1.xml"). Null: cannot tell, take the
 * first sheet exceljs emits.
 */
function firstSheetTest(reader: WorkbookInternals): ((sheet: WorksheetReaderInternals) => boolean) | null {
  const sheets = reader.model?.sheets ?? [];
  const first = sheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden') ?? sheets[0];
  const target = first && reader.workbookRels?.find((r) => r.Id === first.rId)?.Target;
  const m = target ? /(?:^|\/)worksheets\/sheet(\d+)\.xml$/.exec(target) : null;
  if (!first || !target || !m) return null;
  return target === `worksheets/sheet${m[1]}.xml` ? (s) => s.name === first.name : (s) => s.name === `Sheet${m[1]}`;
}

async function drain(events: AsyncIterator<{ eventType?: string; value?: unknown }>): Promise<void> {
  try {
    for (;;) {
      const next = await events.next();
      if (next.done) return;
      if (next.value.eventType === 'worksheet') close(next.value.value as WorksheetReaderInternals);
    }
  } catch {
    // Already failing or abandoned: nothing more to release.
  }
}

function close(sheet: WorksheetReaderInternals): void {
  // A spooled sheet's iterator is a file stream; an in-zip one an async generator. A file stream destroyed
  // before it opened may still report that exceljs has meanwhile deleted its temp file: that is expected here,
  // and must not surface as an unhandled error.
  (sheet.iterator as { on?: (e: string, f: () => void) => void } | undefined)?.on?.('error', () => undefined);
  sheet.iterator?.destroy?.();
  void sheet.iterator?.return?.();
}

/**
 * The workbook's shared strings, UTF-8 in one growing buffer with an offset table: about 4 bytes of overhead
 * a string instead of a JS string's 20-odd, and off the JS heap. A district's file has millions of them (names,
 * ID numbers, phones are each unique). exceljs emits them in index order.
 */
class StringTable {
  private bytes = Buffer.allocUnsafe(1 << 20);
  private ends = new Uint32Array(1 << 14);
  private count = 0;
  private used = 0;

  push(s: string): void {
    if (this.used + s.length * 3 > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + s.length * 3));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    if (this.count === this.ends.length) {
      const bigger = new Uint32Array(this.ends.length * 2);
      bigger.set(this.ends);
      this.ends = bigger;
    }
    this.used += this.bytes.write(s, this.used, 'utf8');
    this.ends[this.count++] = this.used;
  }

  get(i: number): string {
    if (!(i >= 0 && i < this.count)) return '';
    return this.bytes.toString('utf8', i === 0 ? 0 : this.ends[i - 1], this.ends[i]);
  }
}

function plainText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    return (v as { richText: { text?: string | null }[] }).richText.map((r) => r.text ?? '').join('');
  }
  return String(v);
}

function cellText(cell: ExcelJS.Cell, strings: StringTable, date1904: boolean, formulaErrors: Map<string, string>): string {
  // A formula whose result is an error reaches us as NaN: its code was noted on the way in (watchFormulaErrors).
  const errorOf = () => {
    const code = formulaErrors.get(cell.address);
    formulaErrors.delete(cell.address);
    return code ?? '#VALUE!';
  };
  // A formula cell's `value` copies only truthy fields, so a result of 0 or an error (NaN) would vanish; its
  // model keeps the result as read.
  if (cell.type === ExcelJS.ValueType.Formula) return valueText((cell.model as { result?: unknown }).result, cell.numFmt, strings, date1904, errorOf);
  return valueText(cell.value as unknown, cell.numFmt, strings, date1904, errorOf);
}

function valueText(v: unknown, numFmt: string | undefined, strings: StringTable, date1904: boolean, errorOf: () => string): string {
  if (v === null || v === undefined) return '';
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      if (Number.isNaN(v)) return markCell({ kind: 'CELL_ERROR', text: errorOf() });
      if (isDateFormat(numFmt) && v > 0 && v < 2958466) return ymd(excelSerialToDate(v, date1904));
      return numberText(v);
    case 'boolean':
      return v ? 'TRUE' : 'FALSE';
  }
  if (v instanceof Date) return ymd(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('sharedString' in o) return strings.get(Number(o.sharedString));
    if ('richText' in o) return plainText(o);
    if ('formula' in o || 'sharedFormula' in o) return valueText(o.result, numFmt, strings, date1904, errorOf);
    if ('error' in o) return markCell({ kind: 'CELL_ERROR', text: String(o.error) });
    if ('text' in o) return plainText(o.text);
  }
  return String(v);
}

/**
 * The error codes of formula cells (`<c r="B2" t="e"><f>…</f><v>#REF!</v></c>`), noted by cell reference as the
 * worksheet XML passes on its way to exceljs, which keeps only NaN for them. The XML goes on unchanged; only
 * text up to the last complete row is searched, and only when it holds an error cell at all.
 */
async function* watchFormulaErrors(source: AsyncIterable<string | Buffer>, errors: Map<string, string>): AsyncGenerator<string | Buffer> {
  let carry = '';
  const note = (xml: string) => {
    if (!xml.includes('t="e"') && !xml.includes("t='e'")) return;
    for (const m of xml.matchAll(/<c\s([^>]*\bt=["']e["'][^>]*)>([\s\S]*?)<\/c>/g)) {
      const ref = /\br=["']([A-Z]+\d+)["']/.exec(m[1]!)?.[1];
      const code = /<v>([^<]*)<\/v>/.exec(m[2]!)?.[1];
      if (ref && code && m[2]!.includes('<f')) errors.set(ref, code);
    }
  };
  for await (const chunk of source) {
    const xml = carry + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    const end = xml.lastIndexOf('</row>');
    if (end >= 0) {
      note(xml.slice(0, end));
      carry = xml.slice(end);
    } else {
      // No row ends here yet: keep the text (a row's XML, bounded by its cells), up to a sanity limit.
      carry = xml.length > 16 * 1024 * 1024 ? xml.slice(-1024 * 1024) : xml;
    }
    yield chunk;
  }
  note(carry);
}

/** What Excel would show in a General cell, without its exponent form; ≥ 1e15 cannot be trusted (see above). */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Math.abs(n) >= 1e15) return markCell({ kind: 'LOSSY_NUMBER', text: Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n) });
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

function ymd(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  // exceljs builds dates at UTC midnight (plus the time of day); round to the nearest second first so that
  // 23:59:59.9995 does not fall on the day before.
  return new Date(Math.round(d.getTime() / 1000) * 1000).toISOString().slice(0, 10);
}

export function excelSerialToDate(serial: number, date1904 = false): Date {
  // 25569 = days from 1899-12-30 (serial 0 with Lotus's 1900 leap-year bug) to 1970-01-01.
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
}

/** exceljs's own date-format test (not exported by it): a format with y/m/d/h/s outside quotes and brackets. */
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhs]/i.test(f);
}
