import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { TEMPLATE_PREFIX, type TemplateRun } from './db-templates.js';

/**
 * One folder and one name prefix per run for the databases test files copy instead of building their own (see
 * db-templates.ts); the first file that needs a template builds it there, and the run's end removes them all.
 */
export default function setup(project: TestProject) {
  const run: TemplateRun = { dir: mkdtempSync(join(tmpdir(), 'linli-templates-')), id: randomBytes(4).toString('hex') };
  project.provide('linliTemplates', run);
  return async () => {
    if (process.env.DATABASE_URL) {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      try {
        const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${TEMPLATE_PREFIX}${run.id}_%`]);
        for (const { datname } of rows) await client.query(`drop database if exists ${datname} with (force)`);
      } finally {
        await client.end();
      }
    }
    rmSync(run.dir, { recursive: true, force: true });
  };
}
