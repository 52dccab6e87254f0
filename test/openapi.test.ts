import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from './support/test-platform.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

describe('OpenAPI document', () => {
  it('docs/api/openapi.json is what the code produces (run `npm run openapi` after changing a route)', async () => {
    const app = await t.app();
    const produced = `${JSON.stringify(app.swagger(), null, 2)}\n`;
    const committed = readFileSync(join(import.meta.dirname, '../docs/api/openapi.json'), 'utf8');
    expect(committed === produced, 'docs/api/openapi.json has drifted from the routes: run `npm run openapi`').toBe(true);
  });

  it('describes every API route with a summary in both languages', async () => {
    const app = await t.app();
    const spec = app.swagger() as { paths: Record<string, Record<string, { summary?: string }>> };
    const missing = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => !op.summary?.includes(' / '))
        .map(([m]) => `${m.toUpperCase()} ${path}`),
    );
    expect(missing).toEqual([]);
  });
});
