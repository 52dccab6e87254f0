import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { login } from '../../../test/support/http.js';
import { defineModule } from '../module.js';
import { collectVocabulary } from './vocabulary.routes.js';
import type { LinliApp } from './app.js';

let t: TestPlatform;
let app: LinliApp;
beforeAll(async () => {
  t = await createTestPlatform({ seed: { profile: 'huangpu', scale: 0.001 } });
  app = await t.app();
});
afterAll(() => t.close());

describe('vocabulary', () => {
  it("names each module's vocabularies after the module, values in the declared order", () => {
    const a = defineModule({ id: 'a', name: { zh: '甲', en: 'A' }, vocabulary: { state: { on: { zh: '开', en: 'On' }, off: { zh: '关', en: 'Off' } } } });
    const b = defineModule({ id: 'b', name: { zh: '乙', en: 'B' }, vocabulary: { state: { open: { zh: '开放', en: 'Open' } } } });
    const v = collectVocabulary({ modules: [a, b, defineModule({ id: 'c', name: { zh: '丙', en: 'C' } })] });
    expect(Object.keys(v)).toEqual(['a.state', 'b.state']);
    expect(Object.keys(v['a.state']!)).toEqual(['on', 'off']);
  });

  it('serves the labels the modules declare, each in Chinese and English, to a session', async () => {
    expect((await app.inject({ url: '/api/vocabulary' })).statusCode).toBe(401);
    const resident = await login(app, 'resident');
    const r = await resident.get('/api/vocabulary');
    expect(r.status).toBe(200);
    expect(r.body['appeals.orderStatus'].received).toEqual({ zh: '待派单', en: 'Awaiting dispatch' });
    expect(r.body['people.residence'].registered_living.zh).toBe('户籍在住');
    expect(r.body['org.unitType'].compound).toEqual({ zh: '小区', en: 'Compound' });
    expect(r.body['estate.serviceState'].expiring.zh).toBe('90 天内到期');
    const empty = Object.entries(r.body as Record<string, Record<string, { zh: string; en: string }>>).flatMap(([name, terms]) =>
      Object.entries(terms)
        .filter(([, l]) => !l.zh.trim() || !l.en.trim())
        .map(([value]) => `${name}.${value}`),
    );
    expect(empty).toEqual([]);
  });

  it("describes every vocabulary and its values in the OpenAPI document, so the web app's types know them", async () => {
    const spec = (await app.inject({ url: '/docs/json' })).json() as { paths: Record<string, any> };
    const schema = spec.paths['/api/vocabulary'].get.responses['200'].content['application/json'].schema;
    const served = collectVocabulary(t.core);
    expect(Object.keys(schema.properties)).toEqual(Object.keys(served));
    for (const [name, terms] of Object.entries(served)) expect(Object.keys(schema.properties[name].properties)).toEqual(Object.keys(terms));
  });
});
