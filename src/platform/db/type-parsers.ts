// One JS type per SQL type on both databases: pg returns int8 as a string and date as a local Date,
// PGlite returns int8 as a number. We settle on number for int8 (our bigints stay below 2^53) and an
// ISO 'YYYY-MM-DD' string for date, so that no caller has to know which database it talks to.
export const OID = { int8: 20, date: 1082, int8Array: 1016, dateArray: 1182 } as const;

const parseInt8 = (v: string) => Number(v);
const parseDate = (v: string) => v;
const parseArray = (item: (s: string) => unknown) => (v: string) =>
  v === '{}'
    ? []
    : v
        .slice(1, -1)
        .split(',')
        .map((s) => (s === 'NULL' ? null : item(s)));

export const typeParsers: Record<number, (v: string) => unknown> = {
  [OID.int8]: parseInt8,
  [OID.date]: parseDate,
  [OID.int8Array]: parseArray(parseInt8),
  [OID.dateArray]: parseArray(parseDate),
};
