import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../test/support/test-platform.js';
import { loadConfig } from './config.js';
import { startPlatform } from './bootstrap.js';
import { defineModule, type ModuleManifest } from './module.js';
import { checkTerritoryColumns, territoryColumns, type TerritoryColumn } from './territory.registry.js';

/** A module with one table that copies a unit's path, declaring its territory as told. */
const placed = (territory: TerritoryColumn[], tables = ['probe_place']): ModuleManifest =>
  defineModule({
    id: 'probe',
    name: { zh: '探针', en: 'Probe' },
    tables,
    migrations: [
      {
        name: '0001_place',
        up: (db) => sql`create table probe_place (id int primary key, unit_id int, unit_path text, street_id int)`.execute(db).then(() => undefined),
      },
    ],
    territory,
  });

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({
    modules: [placed([{ table: 'probe_place', pathColumn: 'unit_path', idColumn: 'unit_id', depthIdColumns: { street_id: 1 } }])],
  });
});
afterAll(() => t.close());

describe('declared territory columns', () => {
  it('pass when the database has them', async () => {
    await expect(checkTerritoryColumns(t.core.db, territoryColumns(t.core.modules))).resolves.toBeUndefined();
  });

  it('stop the start when a column does not exist, naming table, column and module', async () => {
    const misspelt = territoryColumns([placed([{ table: 'probe_place', pathColumn: 'unit_paht', idColumn: 'unit_id' }])]);
    await expect(checkTerritoryColumns(t.core.db, misspelt)).rejects.toThrow(
      'declared territory columns missing from the database / 声明的辖区字段在数据库中不存在: probe_place.unit_paht (probe)',
    );
    const noDepthId = territoryColumns([placed([{ table: 'probe_place', pathColumn: 'unit_path', depthIdColumns: { committee_id: 2 } }])]);
    await expect(checkTerritoryColumns(t.core.db, noDepthId)).rejects.toThrow('probe_place.committee_id (probe)');

    // The whole start, as a deployment would run it.
    const config = { ...loadConfig({}), databaseUrl: undefined, totpRequiredRoles: [] };
    await expect(startPlatform(config, [placed([{ table: 'probe_place', pathColumn: 'unit_paht' }])], { memory: true })).rejects.toThrow(
      'probe_place.unit_paht (probe)',
    );
  });

  it('are refused before the database is touched when their shape is wrong', () => {
    expect(() => territoryColumns([placed([{ table: 'person', pathColumn: 'unit_path' }])])).toThrow("table person is not among module probe's tables");
    expect(() => territoryColumns([placed([{ table: 'probe_place', pathColumn: 'unit_path; drop table unit' }])])).toThrow('is not a plain SQL name');
    expect(() => territoryColumns([placed([{ table: 'probe_place', pathColumn: 'street_path', follows: 'unit_path' }])])).toThrow(
      'follows unit_path, which module probe does not declare',
    );
    expect(() => territoryColumns([placed([{ table: 'probe_place', pathColumn: 'unit_path', depthIdColumns: { street_id: -1 } }])])).toThrow(
      'must be a whole number',
    );
  });
});
