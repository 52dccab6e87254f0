/**
 * Cells of every spreadsheet Linli writes (xlsx or csv), made safe to open: a text that starts with = + - @, a
 * tab or a carriage return is read by Excel, WPS and LibreOffice as a formula (OWASP "CSV injection": a resident
 * named =HYPERLINK(...) would become a link in a committee worker's export). Such a text gets a leading single
 * quote, the spreadsheets' own mark for "this is text". Only strings are touched: a number, a negative one
 * included, stays the number it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Every value of a row (an array or a record keyed by column) made safe. */
export function safeRow<T extends readonly unknown[] | Record<string, unknown>>(row: T): T {
  if (Array.isArray(row)) return row.map(safeCell) as unknown as T;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, safeCell(v)])) as T;
}

/** One CSV field: made safe, then quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | null | undefined): string {
  const v = safeCell(value ?? '');
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line (without its line break). */
export const csvLine = (values: ReadonlyArray<string | number | null | undefined>) => values.map(csvField).join(',');
