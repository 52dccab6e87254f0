import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CatalogRecord } from './catalog.js';

/** District profiles are data shipped in profiles/<id>/: divisions, catalogs and the profile's facts. */
export const PROFILES_DIR = resolve(import.meta.dirname, '../../profiles');

export interface Division {
  code: string;
  name: string;
  kind: string;
}
export interface Divisions {
  source: string;
  edition: number;
  district: { code: string; name: string };
  streets: Array<Division & { committees: Division[] }>;
}

export interface Profile {
  id: string;
  name: { zh: string; en: string };
  districtCode: string;
  divisions: Divisions;
  catalogs: CatalogRecord[];
  facts: Record<string, unknown>;
}

export function listProfiles(dir = PROFILES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'divisions.json')))
    .map((d) => d.name)
    .sort();
}

export function loadProfile(id: string, profilesDir = PROFILES_DIR): Profile {
  if (!/^[a-z0-9-]+$/.test(id) || !listProfiles(profilesDir).includes(id)) {
    throw new Error(`未知的区配置 / unknown profile "${id}" (有 / have: ${listProfiles(profilesDir).join(', ')})`);
  }
  const dir = join(profilesDir, id);
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const facts = existsSync(join(dir, 'profile.json')) ? read('profile.json') : { id };
  const divisions = read('divisions.json') as Divisions;
  const catalogDir = join(dir, 'catalogs');
  const catalogs: CatalogRecord[] = existsSync(catalogDir)
    ? readdirSync(catalogDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => {
          const { catalog, draft, source, entries, ...extra } = read(join('catalogs', f));
          return { name: catalog ?? f.replace(/\.json$/, ''), draft: draft !== false, source: source ?? null, entries: entries ?? [], extra };
        })
    : [];
  return {
    id,
    name: facts.name ?? { zh: divisions.district.name, en: id },
    districtCode: divisions.district.code,
    divisions,
    catalogs,
    facts,
  };
}

/**
 * What a district's catalog remembers of the profile content it was copied from: two profiles' contents are the
 * same version exactly when their digests agree, whatever the file's name or place.
 */
export function catalogDigest(c: CatalogRecord): string {
  return createHash('sha256')
    .update(JSON.stringify([c.draft, c.source, c.entries, c.extra]))
    .digest('hex')
    .slice(0, 32);
}
