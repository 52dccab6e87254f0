import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import type { Core } from '../core.js';
import { loadConfig } from '../config.js';
import { buildApp, type LinliApp } from './app.js';
import { cspSourcesOf } from './security.js';

let t: TestPlatform;
let app: LinliApp;
let webDir: string;
beforeAll(async () => {
  t = await createTestPlatform();
  webDir = mkdtempSync(join(tmpdir(), 'linli-web-'));
  writeFileSync(
    join(webDir, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>',
  );
  app = await buildApp(t.core, { webDir });
});
afterAll(async () => {
  await app?.close();
  await t?.close();
  rmSync(webDir, { recursive: true, force: true });
});

const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values];
      }),
  );

describe('security headers', () => {
  it('every page, API answer, error and /docs carries the CSP, no framing, nosniff and the referrer policy', async () => {
    for (const url of ['/', '/org/units/42', '/api/health', '/api/nav', '/api/no-such-thing', '/docs', '/docs/static/index.html', '/docs/json']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBeLessThan(500);
      const h = res.headers;
      expect(h['x-frame-options'], url).toBe('DENY');
      expect(h['x-content-type-options'], url).toBe('nosniff');
      expect(h['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
      const csp = directives(String(h['content-security-policy']));
      expect(csp['default-src'], url).toEqual(["'self'"]);
      expect(csp['script-src'], url).toEqual(["'self'"]);
      expect(csp['frame-ancestors'], url).toEqual(["'none'"]);
      expect(csp['object-src'], url).toEqual(["'none'"]);
      expect(csp['style-src'], url).toEqual(["'self'", "'unsafe-inline'"]);
      // Served over plain HTTP here: no HSTS, no upgrade of requests.
      expect(h['strict-transport-security'], url).toBeUndefined();
      expect(csp['upgrade-insecure-requests'], url).toBeUndefined();
    }
    expect((await app.inject({ url: '/' })).headers['content-type']).toMatch(/^text\/html/);
  });

  it('lets a deployment add its map tiles to img-src and connect-src, and behind HTTPS sends HSTS', async () => {
    const config = { ...t.core.config, cspExtraSources: cspSourcesOf('https://t0.tianditu.gov.cn, https://*.tianditu.gov.cn'), cookieSecure: true };
    const tiles = await buildApp(Object.assign(Object.create(Object.getPrototypeOf(t.core)) as Core, t.core, { config }));
    try {
      const res = await tiles.inject({ url: '/api/health' });
      const csp = directives(String(res.headers['content-security-policy']));
      expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://t0.tianditu.gov.cn', 'https://*.tianditu.gov.cn']);
      expect(csp['connect-src']).toEqual(["'self'", 'https://t0.tianditu.gov.cn', 'https://*.tianditu.gov.cn']);
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['upgrade-insecure-requests']).toEqual([]);
      expect(res.headers['strict-transport-security']).toBe('max-age=15552000');
    } finally {
      await tiles.close();
    }
  });

  it('stops the start on a source that is not an origin, naming it', () => {
    expect(cspSourcesOf(undefined)).toEqual([]);
    expect(cspSourcesOf(' https://a.example.cn:8443/tiles/ https: ')).toEqual(['https://a.example.cn:8443/tiles/', 'https:']);
    for (const bad of ["'unsafe-eval'", 'https://a.example.cn; script-src *', '*', 'javascript:', 'data:', 'ftp://x.cn']) {
      expect(() => cspSourcesOf(bad), bad).toThrow(/CSP_EXTRA_SOURCES/);
    }
    expect(() => loadConfig({ CSP_EXTRA_SOURCES: "https://ok.cn 'unsafe-inline'" })).toThrow(/'unsafe-inline'/);
    expect(loadConfig({ CSP_EXTRA_SOURCES: 'https://t0.tianditu.gov.cn' }).cspExtraSources).toEqual(['https://t0.tianditu.gov.cn']);
  });
});
