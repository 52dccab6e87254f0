import { createWriteStream, createReadStream } from 'node:fs';
import { once } from 'node:events';
import { makeResidentId } from '../id-number.js';
import { COLUMN_KEYS, IMPORT_COLUMNS } from './import.columns.js';
import { person } from './import.testkit.js';
import { readRows } from './import.reader.js';
import { RowValidator } from './import.validator.js';
const f = '/tmp/linli-big.csv';
const out = createWriteStream(f);
out.write(`\uFEFF${IMPORT_COLUMNS.map((c) => c.zh).join(',')}\r\n`);
for (let n = 0; n < 200000; n++) {
  const birth = new Date(Date.UTC(1930, 0, 1) + (n % 25_000) * 86_400_000).toISOString().slice(0, 10);
  const r = person(n, { docNumber: makeResidentId(String(310000 + Math.floor(n / 1000)), birth, n % 1000) });
  if (!out.write(COLUMN_KEYS.map((k) => String(r[k] ?? '')).join(',') + '\r\n')) await once(out, 'drain');
}
out.end(); await once(out, 'finish');
let t = performance.now(); let rows: string[][] = []; let cols: any = COLUMN_KEYS;
for await (const it of readRows(createReadStream(f), 'csv')) if ('cells' in it) { if (rows.length < 200000) rows.push(it.cells); }
console.log('read only', (performance.now() - t).toFixed(0), 'ms');
t = performance.now(); const v = new RowValidator({ today: '2025-06-30' });
let ok = 0; rows.forEach((c, i) => { if (v.validate(i + 2, c, cols).ok) ok++; });
console.log('validate only', (performance.now() - t).toFixed(0), 'ms', ok);
