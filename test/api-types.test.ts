import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiTypes, TYPES_PATH } from '../scripts/api-types.js';

describe('web API types', () => {
  it('web/src/app/api/schema.d.ts is what docs/api/openapi.json generates (run `npm run api-types` after `npm run openapi`)', async () => {
    const committed = readFileSync(TYPES_PATH, 'utf8');
    expect(committed === (await apiTypes()), 'web/src/app/api/schema.d.ts has drifted from docs/api/openapi.json: run `npm run api-types`').toBe(true);
  });

  it('a change to the document changes the generated types', async () => {
    const spec = JSON.parse(readFileSync(new URL('../docs/api/openapi.json', import.meta.url), 'utf8')) as { paths: Record<string, unknown> };
    spec.paths['/api/drift-probe'] = {
      get: {
        responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } } } } } } },
      },
    };
    expect(await apiTypes(JSON.stringify(spec))).toContain('"/api/drift-probe"');
  });
});
