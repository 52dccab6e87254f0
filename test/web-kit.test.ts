import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The web app's kit is how a module's pages write, check permissions and name domain values (web/README.md).
 * These checks read the source: a page that goes around the kit fails here rather than in review.
 */
const ROOT = new URL('..', import.meta.url).pathname;
const WEB = join(ROOT, 'web/src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}
const rel = (f: string) => relative(ROOT, f);
const moduleFiles = files(join(WEB, 'modules'));

/** A write handled by hand: a busy flag raised around the call, or a refusal caught into state or a toast. */
function handWrittenSubmit(source: string): string | null {
  const busy = /\bset(Busy|Loading|Submitting|Saving|Working)\((true|'[^']*'|"[^"]*")\)/.exec(source);
  if (busy) return busy[0];
  const caught = /catch \(\w+\) \{\s*(set\w*Error\(|message\.error\()/.exec(source);
  return caught ? caught[0] : null;
}

/** A page reading the session's permissions instead of usePermission / usePermissions / a route's `permission`. */
function copiedPermissionCheck(source: string): string | null {
  return /session\??\.permissions/.exec(source)?.[0] ?? null;
}

/** An untyped call: the answer's shape then comes from the page's own copy, not from the route. */
function untypedCall(source: string): string | null {
  return /\blegacyApi\b|\busePaged<\w+>\(/.exec(source)?.[0] ?? null;
}

/** A server shape written out by hand outside types.ts: an exported interface (a client-only shape is a `type`). */
function exportedInterface(source: string): string | null {
  return /^export interface \w+/m.exec(source)?.[0] ?? null;
}

/**
 * A hand-written copy of a server shape or enum in a module's types.ts: an interface, a union of string
 * literals, or a list of values not checked against the server's type (`as const satisfies readonly T[]` is).
 */
function copiedServerType(source: string): string | null {
  const shape = /^export interface \w+/m.exec(source);
  if (shape) return shape[0];
  const union = /^export type \w+ =\s*'[^']*'\s*\|/m.exec(source);
  if (union) return union[0];
  const list = /^export const \w+ = \[[^\]]*\] as const(?!\s*satisfies)/m.exec(source);
  return list ? list[0].slice(0, 60) : null;
}

/** Dictionary keys of a file: `'prefix.value': …` entries. */
function dictionaryKeys(source: string): string[] {
  return [...source.matchAll(/^\s+'([A-Za-z0-9_.-]+)':/gm)].map((m) => m[1]!);
}

/** The vocabularies the server sends (GET /api/vocabulary), as the OpenAPI document declares them. */
function vocabularies(): Record<string, string[]> {
  const doc = JSON.parse(readFileSync(join(ROOT, 'docs/api/openapi.json'), 'utf8')) as {
    paths: Record<
      string,
      { get: { responses: { 200: { content: { 'application/json': { schema: { properties: Record<string, { properties: Record<string, unknown> }> } } } } } } }
    >;
  };
  const props = doc.paths['/api/vocabulary']!.get.responses[200].content['application/json'].schema.properties;
  return Object.fromEntries(Object.entries(props).map(([name, s]) => [name, Object.keys(s.properties)]));
}

/** Keys of a dictionary that spell out a server vocabulary: one prefix holding a label for every value. */
function copiedVocabulary(keys: string[], vocab: Record<string, string[]>): string | null {
  const byPrefix = new Map<string, Set<string>>();
  for (const k of keys) {
    const i = k.lastIndexOf('.');
    if (i < 0) continue;
    const set = byPrefix.get(k.slice(0, i)) ?? new Set<string>();
    set.add(k.slice(i + 1));
    byPrefix.set(k.slice(0, i), set);
  }
  for (const [name, values] of Object.entries(vocab)) {
    if (values.length < 2) continue;
    for (const [prefix, suffixes] of byPrefix) if (values.every((v) => suffixes.has(v))) return `${prefix}.* copies ${name}`;
  }
  return null;
}

/**
 * Pages not yet moved to useApiMutation. The list only shrinks: a file that no longer needs its place fails the
 * test until it is taken off, and no other file may join it.
 */
const NOT_YET_MOVED = new Set<string>([]);

/** Files still calling the untyped client, or types.ts still copying server shapes (this list, too, only shrinks). */
const UNTYPED_LEFT = new Set<string>([]);

/** Dictionaries still holding a vocabulary's labels, to be moved to useVocabulary (this list, too, only shrinks). */
const COPIES_LEFT = new Set<string>([]);

describe('web kit', () => {
  it('the checks find what they look for', () => {
    expect(handWrittenSubmit('setBusy(true);\ntry { await api.post(p) } finally { setBusy(false) }')).toBe('setBusy(true)');
    expect(handWrittenSubmit('try { await legacyApi.post(p) } catch (e) {\n setError(e);\n}')).toMatch(/setError/);
    expect(handWrittenSubmit('const save = useApiMutation(run, { success });')).toBeNull();
    expect(copiedPermissionCheck("session?.permissions.includes('people.read')")).not.toBeNull();
    expect(copiedVocabulary(['status.a', 'status.b', 'other.x'], { 'm.status': ['a', 'b'] })).toBe('status.* copies m.status');
    expect(copiedVocabulary(['status.a', 'other.b'], { 'm.status': ['a', 'b'] })).toBeNull();
    expect(untypedCall('legacyApi.get<Unit>(`/api/org/units/${id}`)')).toBe('legacyApi');
    expect(untypedCall("api.get('/api/org/units/{id}', { path: { id } })")).toBeNull();
    expect(untypedCall("usePaged<Person>(keys.persons, '/api/people/persons', query)")).toBe('usePaged<Person>(');
    expect(untypedCall("usePaged(keys.persons, '/api/people/persons', query)")).toBeNull();
    expect(exportedInterface('export interface Props {\n  id: number;\n}')).toMatch(/Props/);
    expect(copiedServerType('export interface Unit {\n  id: string;\n}')).toMatch(/interface Unit/);
    expect(copiedServerType("export type UnitType = 'district' | 'street';")).toMatch(/UnitType/);
    expect(copiedServerType("export const GENDERS = ['male', 'female'] as const;")).toMatch(/GENDERS/);
    expect(copiedServerType("export const GENDERS = ['male', 'female'] as const satisfies readonly Gender[];")).toBeNull();
    expect(copiedServerType("export type Unit = ApiItem<'/api/org/units'>;")).toBeNull();
  });

  it('module pages write through useApiMutation (or FormModal), not a busy flag and a catch of their own', () => {
    const found = moduleFiles.map((f) => [rel(f), handWrittenSubmit(readFileSync(f, 'utf8'))] as const).filter(([, hit]) => hit);
    expect(found.filter(([f]) => !NOT_YET_MOVED.has(f))).toEqual([]);
    const moved = [...NOT_YET_MOVED].filter((f) => !found.some(([g]) => g === f));
    expect(moved, 'these files use the kit now: take them off NOT_YET_MOVED').toEqual([]);
  });

  it('pages call the API typed by its schema, and types.ts names routes instead of copying server shapes', () => {
    const typesFiles = moduleFiles.filter((f) => f.endsWith('/types.ts'));
    const found = [
      ...files(WEB)
        .filter((f) => !f.includes('/app/api/'))
        .map((f) => [rel(f), untypedCall(readFileSync(f, 'utf8'))] as const),
      ...typesFiles.map((f) => [rel(f), copiedServerType(readFileSync(f, 'utf8'))] as const),
      ...moduleFiles.filter((f) => !typesFiles.includes(f)).map((f) => [rel(f), exportedInterface(readFileSync(f, 'utf8'))] as const),
    ].filter(([, hit]) => hit);
    expect(found.filter(([f]) => !UNTYPED_LEFT.has(f))).toEqual([]);
    const cleared = [...UNTYPED_LEFT].filter((f) => !found.some(([g]) => g === f));
    expect(cleared, 'these files are typed now: take them off UNTYPED_LEFT').toEqual([]);
  });

  it('module pages check permissions with the shared hook or their route, not by reading the session', () => {
    const found = moduleFiles.map((f) => [rel(f), copiedPermissionCheck(readFileSync(f, 'utf8'))] as const).filter(([, hit]) => hit);
    expect(found).toEqual([]);
  });

  it('no web dictionary copies the labels of a vocabulary the server sends (useVocabulary reads them)', () => {
    const vocab = vocabularies();
    expect(Object.keys(vocab).length).toBeGreaterThan(10);
    const found = files(WEB)
      .map((f) => [rel(f), copiedVocabulary(dictionaryKeys(readFileSync(f, 'utf8')), vocab)] as const)
      .filter(([, hit]) => hit);
    expect(found.filter(([f]) => !COPIES_LEFT.has(f))).toEqual([]);
    const cleared = [...COPIES_LEFT].filter((f) => !found.some(([g]) => g === f));
    expect(cleared, 'these dictionaries no longer copy a vocabulary: take them off COPIES_LEFT').toEqual([]);
  });
});
