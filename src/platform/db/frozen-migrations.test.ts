import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../..');

function migrationFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? migrationFiles(p) : p.endsWith('.migrations.ts') ? [p] : [];
  });
}

/**
 * What a migration file may take from elsewhere: kysely's `sql`, types (erased, they change no SQL), and another
 * migration file, itself held to this rule. A live helper (a path matcher, a column list, a catalog) would change
 * the SQL of a migration already applied when the helper changes, so a new database and an upgraded one differ.
 */
function liveImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
  const bad: string[] = [];
  for (const m of code.matchAll(/\b(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"]([^'"]+)['"]/g)) {
    const [, , typeOnly, names, from] = m;
    if (typeOnly) continue;
    if (from === 'kysely') continue;
    if (/\.migrations\.js$/.test(from!)) continue;
    // `import { type A, type B } from` brings nothing that runs.
    const inner = names!.match(/^\{([^}]*)\}$/)?.[1];
    if (
      inner
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => s.startsWith('type '))
    )
      continue;
    bad.push(from!);
  }
  for (const m of code.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)) bad.push(m[1]!);
  for (const m of code.matchAll(/\b(?:import|require)\s*\(\s*['"`]([^'"`]+)/g)) bad.push(m[1]!);
  return bad;
}

describe('migrations are frozen text', () => {
  it('tells a live helper from what a migration may import', () => {
    expect(
      liveImports(`import { sql } from 'kysely';\nimport type { Migration } from '../../platform/module.js';\nimport { x } from './a/b.migrations.js';`),
    ).toEqual([]);
    expect(liveImports(`import { sql, type Kysely } from 'kysely';\nimport { type Migration } from './module.js';`)).toEqual([]);
    expect(liveImports(`import { startsWith } from '../../platform/db/like.js';`)).toEqual(['../../platform/db/like.js']);
    expect(liveImports(`import { TABLES, type T } from './people.schema.js';`)).toEqual(['./people.schema.js']);
    expect(liveImports(`import './people.schema.js';\nconst m = await import('./tags.js');`)).toEqual(['./people.schema.js', './tags.js']);
  });

  it('every migration file imports nothing but kysely, types and other migration files', () => {
    const files = migrationFiles(SRC);
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap((f) => liveImports(readFileSync(f, 'utf8')).map((from) => `${relative(SRC, f)} imports ${from}`));
    expect(offenders).toEqual([]);
  });
});
