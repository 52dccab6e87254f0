import { makeResidentId } from '../id-number.js';
import { COLUMN_KEYS } from './import.columns.js';
import { person } from './import.testkit.js';
import { RowValidator } from './import.validator.js';
const rows: string[][] = [];
for (let n = 0; n < 200000; n++) {
  const birth = new Date(Date.UTC(1930, 0, 1) + (n % 25_000) * 86_400_000).toISOString().slice(0, 10);
  const r = person(n, { docNumber: makeResidentId(String(310000 + Math.floor(n / 1000)), birth, n % 1000) });
  rows.push(COLUMN_KEYS.map((k) => String(r[k] ?? '')));
}
const t = performance.now(); const v = new RowValidator({ today: '2025-06-30' });
let ok = 0; rows.forEach((c, i) => { if (v.validate(i + 2, c, [...COLUMN_KEYS] && COLUMN_KEYS as any).ok) ok++; });
console.log('validate only', (performance.now() - t).toFixed(0), 'ms', ok);
