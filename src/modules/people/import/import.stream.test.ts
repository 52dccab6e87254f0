/**
 * Streaming: a 200k-row CSV is read and validated with bounded memory and in a few seconds; an XLSX of
 * 50k rows (shared strings, as Excel writes them) is measured too. Rates are printed for the record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { makeResidentId } from '../id-number.js';
import { COLUMN_KEYS, IMPORT_COLUMNS } from './import.columns.js';
import { person, TODAY, type RowValues } from './import.testkit.js';
import { checkFile } from './import.validator.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const CSV_ROWS = 200_000;
const XLSX_ROWS = Number(process.env.IMPORT_XLSX_ROWS ?? 50_000);
let dir: string;

/** Row n: a unique valid resident ID, Chinese text, and every 1000th row with an error. */
function row(n: number): RowValues {
  const birth = new Date(Date.UTC(1930, 0, 1) + (n % 25_000) * 86_400_000).toISOString().slice(0, 10);
  const docNumber = makeResidentId(String(310000 + Math.floor(n / 1000)), birth, n % 1000);
  return person(n, { name: `居民${n}`, docNumber, compound: `静安新村${n % 300}`, ...(n % 1000 === 999 ? { since: 'unknown' } : {}) });
}

const csvLine = (r: RowValues) => COLUMN_KEYS.map((k) => String(r[k] ?? '')).join(',');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'linli-import-'));
  const out = createWriteStream(join(dir, 'big.csv'));
  out.write(`\uFEFF${IMPORT_COLUMNS.map((c) => c.zh).join(',')}\r\n`);
  for (let n = 0; n < CSV_ROWS; n += 1000) {
    let chunk = '';
    for (let i = n; i < n + 1000; i++) chunk += `${csvLine(row(i))}\r\n`;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, 'big.xlsx'), useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('居民 Residents');
  ws.addRow(IMPORT_COLUMNS.map((c) => c.zh)).commit();
  for (let n = 0; n < XLSX_ROWS; n++) ws.addRow(COLUMN_KEYS.map((k) => row(n)[k] ?? null)).commit();
  ws.commit();
  await wb.commit();
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The JS heap plus ArrayBuffer backing stores (the duplicate index's typed arrays live there). */
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

async function run(file: string, format: 'csv' | 'xlsx') {
  // Let the fixture writers' streams close, then start from a collected heap.
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc();
  gc();
  const base = used();
  let peak = -Infinity;
  let retained = -Infinity;
  let ok = 0;
  let bad = 0;
  const started = performance.now();
  for await (const item of checkFile(createReadStream(file), format, { today: TODAY })) {
    if (item.kind === 'header') {
      expect(item.mapping.ok).toBe(true);
      continue;
    }
    if (item.result.ok) ok++;
    else bad++;
    if ((ok + bad) % 25_000 === 0) {
      // Both what is in use including garbage not yet collected, and what is retained.
      peak = Math.max(peak, used() - base);
      gc();
      retained = Math.max(retained, used() - base);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const rate = Math.round((ok + bad) / seconds);
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  console.log(`${format}: ${ok + bad} rows in ${seconds.toFixed(2)} s = ${rate} rows/s; memory growth: peak ${mb(peak)}, retained ${mb(retained)}`);
  return { ok, bad, seconds, peak, retained };
}

describe('streaming', () => {
  it(`reads and validates a ${CSV_ROWS}-row CSV with bounded memory, in a few seconds`, async () => {
    const r = await run(join(dir, 'big.csv'), 'csv');
    expect(r.ok + r.bad).toBe(CSV_ROWS);
    expect(r.bad).toBe(CSV_ROWS / 1000);
    expect(r.peak).toBeLessThan(150 * 2 ** 20);
    expect(r.retained).toBeLessThan(50 * 2 ** 20);
    // Alone it takes 2–4 s; the bound leaves room for a loaded machine and only catches pathologies.
    expect(r.seconds).toBeLessThan(30);
  });

  it(`reads and validates a ${XLSX_ROWS}-row XLSX`, async () => {
    const r = await run(join(dir, 'big.xlsx'), 'xlsx');
    expect(r.ok + r.bad).toBe(XLSX_ROWS);
    expect(r.bad).toBe(XLSX_ROWS / 1000);
    // What an XLSX reader must hold is the shared-string table (every distinct text of the workbook); the peak
    // with uncollected garbage depends on the collector's mood and is not asserted.
    expect(r.retained).toBeLessThan(100 * 2 ** 20);
  });
});
