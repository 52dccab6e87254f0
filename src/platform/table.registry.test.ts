import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineModule } from './module.js';
import { isGenericTableName, tableOwners, tablesInDatabase } from './table.registry.js';
import { createTestPlatform, type TestPlatform } from '../../test/support/test-platform.js';
import { modules } from '../modules/index.js';

const mod = (id: string, tables: string[]) => defineModule({ id, name: { zh: id, en: id }, tables });

describe('tables have one owner and say what they are', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform();
  });
  afterAll(() => t.close());

  it('every table of a migrated database is declared by exactly one module or the platform', async () => {
    const unowned = (await tablesInDatabase(t.core.db)).filter((name) => !t.core.tables.has(name));
    expect(unowned, 'declare these in the manifest (`tables`) of the module whose migration creates them').toEqual([]);
    expect(t.core.tables.ownerOf('appeal_order')).toBe('appeals');
    expect(t.core.tables.ownerOf('unit')).toBe('org');
    expect(t.core.tables.ownerOf('catalog')).toBe('platform');
  });

  it('refuses a table claimed by two modules, naming both', () => {
    expect(() => tableOwners([...modules, mod('selfgov', ['visit'])])).toThrow(/table "visit" is declared by both module people and module selfgov/);
    expect(() => tableOwners([mod('x', ['district'])])).toThrow(/both module platform and module x/);
  });

  it('refuses a bare generic name, and takes it prefixed', () => {
    expect(() => tableOwners([mod('selfgov', ['meeting'])])).toThrow(/"meeting" of module selfgov is too generic/);
    expect(() => tableOwners([mod('funds', ['projects'])])).toThrow(/too generic/);
    expect(() => tableOwners([mod('workforce', ['tasks'])])).toThrow(/too generic/);
    expect(isGenericTableName('activities')).toBe(true);
    expect(() => tableOwners([mod('selfgov', ['selfgov_meeting']), mod('funds', ['fund_project'])])).not.toThrow();
  });

  it('stops the start when a declared table was never created', async () => {
    await expect(createTestPlatform({ modules: [mod('ghost', ['ghost_record'])] })).rejects.toThrow(/ghost_record \(ghost\)/);
  });
});
