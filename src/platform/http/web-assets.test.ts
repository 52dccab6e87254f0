import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { login } from '../../../test/support/http.js';
import { buildApp, type LinliApp } from './app.js';
import { chooseEncoding, compressJson, IMMUTABLE, REVALIDATE } from './web-assets.js';

let t: TestPlatform;
let app: LinliApp;
let webDir: string;
const INDEX = `<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-AbCd1234.js"></script>${' '.repeat(2000)}</body></html>`;
const SCRIPT = `export const greeting = ${JSON.stringify('你好 hello '.repeat(400))};\n`;
const ASSET = '/assets/index-AbCd1234.js';

/** A built app as the build leaves it: each file with its .br and .gz beside it. */
function writeWithCompressed(path: string, text: string) {
  writeFileSync(path, text);
  writeFileSync(`${path}.br`, brotliCompressSync(text));
  writeFileSync(`${path}.gz`, gzipSync(text));
}

beforeAll(async () => {
  t = await createTestPlatform({ seed: { profile: 'huangpu', scale: 0.001 } });
  webDir = mkdtempSync(join(tmpdir(), 'linli-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeWithCompressed(join(webDir, 'index.html'), INDEX);
  writeWithCompressed(join(webDir, ASSET), SCRIPT);
  writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  app = await buildApp(t.core, { webDir });
});
afterAll(async () => {
  await app?.close();
  await t?.close();
  rmSync(webDir, { recursive: true, force: true });
});

const decode = (encoding: string | undefined, body: Buffer) =>
  (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8');

describe('the built web app', () => {
  it('sends the precompressed file the browser accepts: br before gzip, the plain file to a browser that takes neither', async () => {
    for (const [accept, encoding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip, deflate', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['', undefined],
      ['identity', undefined],
    ] as const) {
      const res = await app.inject({ url: ASSET, headers: { 'accept-encoding': accept } });
      expect(res.statusCode, accept).toBe(200);
      expect(res.headers['content-encoding'], accept).toBe(encoding);
      expect(res.headers['content-type'], accept).toMatch(/javascript/);
      expect(String(res.headers.vary), accept).toMatch(/accept-encoding/i);
      expect(decode(encoding, res.rawPayload), accept).toBe(SCRIPT);
    }
  });

  it('caches hashed files for a year without revalidation, and revalidates the page and everything unhashed', async () => {
    const asset = await app.inject({ url: ASSET, headers: { 'accept-encoding': 'br' } });
    expect(asset.headers['cache-control']).toBe(IMMUTABLE);
    for (const url of ['/', '/index.html', '/org/units/42', '/appeals/report', '/favicon.svg']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe(REVALIDATE);
    }
    const page = await app.inject({ url: '/org/units/42', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-encoding']).toBe('br');
    expect(decode('br', page.rawPayload)).toBe(INDEX);
  });

  it('answers HEAD for the page, its files and API reads: the headers of GET, no body', async () => {
    for (const url of ['/', '/people', ASSET, '/api/health']) {
      const get = await app.inject({ url });
      const head = await app.inject({ method: 'HEAD', url });
      expect(head.statusCode, url).toBe(200);
      expect(head.body, url).toBe('');
      expect(head.headers['content-type'], url).toBe(get.headers['content-type']);
      expect(head.headers['cache-control'], url).toBe(get.headers['cache-control']);
    }
    expect((await app.inject({ method: 'HEAD', url: ASSET })).headers['content-length']).toBe(String(Buffer.byteLength(SCRIPT)));
  });

  it('a hashed file that is not there is a 404, not the app page parsed as a script', async () => {
    const res = await app.inject({ url: '/assets/index-Gone9999.js' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('the compressed copies are no addresses of their own', async () => {
    expect((await app.inject({ url: `${ASSET}.br` })).statusCode).toBe(404);
  });

  it('keeps the security headers on files and compressed answers', async () => {
    for (const url of ['/', ASSET, '/docs/json']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(res.headers['content-security-policy'], url).toMatch(/default-src 'self'/);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
    }
  });
});

describe('API answers', () => {
  it('a JSON answer of 1 KB and more is compressed for a client that accepts it, and still parses', async () => {
    const admin = await login(app, 'admin');
    const plain = await app.inject({ url: '/api/nav', headers: { cookie: admin.cookie } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    for (const encoding of ['br', 'gzip']) {
      const res = await app.inject({ url: '/api/nav', headers: { cookie: admin.cookie, 'accept-encoding': encoding } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length);
      expect(res.headers['content-length']).toBe(String(res.rawPayload.length));
      expect(JSON.parse(decode(encoding, res.rawPayload))).toEqual(plain.json());
    }
  });

  it('small answers and the metrics text leave as they are', async () => {
    const health = await app.inject({ url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json().status).toBeDefined();
    const metrics = await app.inject({ url: '/metrics', headers: { 'accept-encoding': 'br, gzip' } });
    expect(metrics.headers['content-encoding']).toBeUndefined();
  });

  it('streamed answers (exports, downloads) are not touched, other types neither', async () => {
    const s = Fastify();
    compressJson(s);
    const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `第${i}项 item ${i}` })) };
    s.get('/json', async () => big);
    s.get('/stream', async (_req, reply) => reply.type('application/json').send(Readable.from([JSON.stringify(big)])));
    s.get('/text', async (_req, reply) => reply.type('text/plain').send('x'.repeat(5000)));
    const json = await s.inject({ url: '/json', headers: { 'accept-encoding': 'gzip' } });
    expect(json.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decode('gzip', json.rawPayload))).toEqual(big);
    const stream = await s.inject({ url: '/stream', headers: { 'accept-encoding': 'gzip' } });
    expect(stream.headers['content-encoding']).toBeUndefined();
    expect(stream.json()).toEqual(big);
    const text = await s.inject({ url: '/text', headers: { 'accept-encoding': 'gzip' } });
    expect(text.headers['content-encoding']).toBeUndefined();
    expect(text.body).toBe('x'.repeat(5000));
    await s.close();
  });
});

describe('chooseEncoding', () => {
  it('takes br first, then gzip, and honours q-values and the wildcard', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=1')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('GZIP')).toBe('gzip');
  });
});
