import fc from 'fast-check';

/**
 * Random requests shaped from a route's own JSON schemas (TypeBox emits plain JSON schema): mostly values the
 * schema allows, mixed with values at and past its edges and with plain garbage, so that a request gets past
 * validation often enough to reach the service and the database.
 */
type Schema = Record<string, any>;
type Arb = fc.Arbitrary<unknown>;

/** Numbers that have broken servers: int4 and int8 edges, a float that is an "integer", negatives. */
export const EDGE_NUMBERS = [0, -1, 1, 2, 3, 2147483647, 2147483648, -2147483649, 4294967296, 2 ** 53, 99999999999, 1e308, -1e308, 1.5, 1e-300];

/** Strings that have broken servers: NUL, LIKE wildcards, quotes, lone surrogates, long text, odd dates. */
export const EDGE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '%',
  '_',
  '\\',
  "'",
  '"; drop table person; --',
  '😀',
  '\ud800',
  '\udfff',
  'x'.repeat(3000),
  '1e308',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '99999999999',
  '2147483648',
  '[object Object]',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '2026-01-05T25:61:00Z',
  '2026-01-05T09:30:00+08:00',
  '\t',
  '\r\n',
  '=1+1',
  '1,2,3',
  'null',
  'true',
];

const edgeNumber = fc.constantFrom(...EDGE_NUMBERS);
const edgeString = fc.constantFrom(...EDGE_STRINGS);

/** Anything JSON can carry, small. */
export const garbage: Arb = fc.oneof(
  edgeNumber,
  edgeString,
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

/**
 * A schema's value. Half the time every part of it is what the schema allows (so that the request reaches the
 * service and its SQL with values at the schema's own limits); otherwise each part is 3 in 5 from the schema,
 * 1 in 5 at the edges above and 1 in 5 garbage.
 */
export function fromSchema(schema: Schema | undefined): Arb {
  return fc.oneof(validFor(schema, 0, true), dirty(schema, 0));
}

function dirty(schema: Schema | undefined, depth: number): Arb {
  const valid = validFor(schema, depth, false);
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: fc.oneof(edgeNumber, edgeString) }, { weight: 1, arbitrary: garbage });
}

function validFor(s: Schema | undefined, depth: number, clean: boolean): Arb {
  if (!s || depth > 4) return clean ? fc.constant(null) : garbage;
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) return fc.oneof(...((s.anyOf ?? s.oneOf) as Schema[]).map((b) => validFor(b, depth + 1, clean)));
  if (Array.isArray(s.allOf)) {
    const parts = (s.allOf as Schema[]).map((p) => validFor(p, depth + 1, clean));
    return fc.tuple(...parts).map((vs) => (vs.every((v) => v && typeof v === 'object' && !Array.isArray(v)) ? Object.assign({}, ...vs) : vs[0]));
  }
  switch (s.type) {
    case 'integer':
    case 'number': {
      const lo = typeof s.minimum === 'number' ? s.minimum : -Infinity;
      const hi = typeof s.maximum === 'number' ? s.maximum : Infinity;
      const min = Math.max(lo, -1000);
      const max = Math.min(hi, Math.max(min + 1000, 1000));
      const inRange =
        s.type === 'integer' ? fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) }) : fc.double({ min, max, noNaN: true });
      // The edges the schema lets through are what a missing bound is found with.
      const edges = EDGE_NUMBERS.filter((n) => n >= lo && n <= hi && (s.type === 'number' || Number.isInteger(n)));
      // Small ids find records that exist, so that a request reaches past "not found".
      const small = fc.integer({ min: Math.max(1, min), max: Math.max(Math.max(1, min), Math.min(60, max)) });
      return fc.oneof(inRange, small, ...(edges.length ? [fc.constantFrom(...edges)] : []));
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
      return stringFor(s);
    case 'array':
      return fc.array(validFor(s.items, depth + 1, clean), { minLength: Math.min(s.minItems ?? 0, 3), maxLength: Math.min(s.maxItems ?? 3, 3) });
    case 'object':
      return objectFor(s, depth, clean);
  }
  return clean ? fc.jsonValue({ maxDepth: 1 }) : garbage;
}

function stringFor(s: Schema): Arb {
  if (s.format === 'date')
    return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (s.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  if (typeof s.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? Infinity) && v.length >= (s.minLength ?? 0));
    } catch {
      // A pattern fast-check cannot build from: plain strings will do.
    }
  }
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? 40, 40));
  const edges = EDGE_STRINGS.filter((e) => e.length >= min && e.length <= (s.maxLength ?? Infinity) && !s.format && !s.pattern);
  return fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
    ...(edges.length ? [fc.constantFrom(...edges)] : []),
  );
}

function objectFor(s: Schema, depth: number, clean: boolean): Arb {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const required = new Set<string>(s.required ?? []);
  const entries = Object.entries(props).map(([k, p]) => {
    const value = clean ? validFor(p, depth + 1, true) : dirty(p, depth + 1);
    // Required fields are there (9 times in 10 in a dirty request); optional ones half the time.
    const present = required.has(k)
      ? clean
        ? fc.constant(true)
        : fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) })
      : fc.boolean();
    return fc.tuple(fc.constant(k), present, value);
  });
  const extra = clean ? fc.constant(null) : fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), garbage), { freq: 5 });
  return fc.tuple(fc.tuple(...entries), extra).map(([fields, more]) => {
    const o: Record<string, unknown> = {};
    for (const [k, present, v] of fields) if (present) o[k] = v;
    if (more) o[more[0]] = more[1];
    return o;
  });
}

const text = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
/** Percent-encoded UTF-8; a lone surrogate goes as the bytes a careless client sends for it (CESU-8). */
const encode = (s: string) =>
  s
    .split(/(\p{Cs})/u)
    .map((part, i) => (i % 2 ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');

/** Raw tails a client may send that no encoder makes: bytes that are not UTF-8, a broken escape. */
export const rawTail = fc.constantFrom('', '', '', '&raw=%ff', '&raw=%', '&raw=%E4%B8', '&%00=1');

/** A query string from generated values: arrays repeat the key, objects go as JSON, null as an empty value. */
export function queryString(q: unknown): string {
  if (!q || typeof q !== 'object' || Array.isArray(q)) return q === undefined ? '' : `x=${encode(text(q))}`;
  const out: string[] = [];
  for (const [k, v] of Object.entries(q as Record<string, unknown>)) {
    for (const one of Array.isArray(v) ? v : [v]) out.push(`${encode(k)}=${encode(text(one))}`);
  }
  return out.join('&');
}

/** A path segment from a generated value; an empty one would route elsewhere, so it becomes a space. */
export function segment(v: unknown): string {
  const s = text(v);
  return s === '' ? '%20' : encode(s);
}
