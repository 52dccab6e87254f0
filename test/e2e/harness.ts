import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from './server.js';
import { startTestIdp, type TestIdp } from '../support/oidc-idp.js';

/**
 * What every journey file shares: one server started as `npm start` starts it, one Debian chromium, and the
 * steps most journeys begin with. The server and browser are live bindings, set by the hook below.
 */
export const PASSWORD = 'Linli@2026';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export let server: Awaited<ReturnType<typeof startServer>>;
export let browser: Browser;
// The district's identity provider for single sign-on: in this process, on a port of this machine.
export let idp: TestIdp;
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3217);

before(async () => {
  const port = E2E_PORT;
  idp = await startTestIdp({ redirectUri: `http://127.0.0.1:${port}/api/auth/oidc/callback` });
  server = await startServer({
    port,
    env: {
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_REDIRECT_URI: `http://127.0.0.1:${port}/api/auth/oidc/callback`,
      OIDC_LABEL: '区统一身份认证',
    },
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await idp?.close();
});

/** Phone-sized accounts (resident, grid worker, building leader) get a phone viewport, the others a desktop one. */
export async function loginPage(username: string, password = PASSWORD, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport:
      viewport ?? (username === 'resident' || username === 'grid' || username === 'leader' ? { width: 390, height: 844 } : { width: 1366, height: 900 }),
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  return page;
}

/** Navigation the server says this account should have (the UI must show each entry). */
export async function expectedNav(page: Page) {
  const r = await page.request.get(`${server.url}/api/nav`);
  assert.equal(r.status(), 200);
  return (await r.json()) as { items: Array<{ key: string; path: string; label: { zh: string }; phoneTab: number | null }> };
}

/** A small real PNG (a colour gradient), as a phone would attach a photo. */
export function photoPng(width = 24, height = 16): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let x = 0xffffffff;
    for (const v of b) x = table[(x ^ v) & 255]! ^ (x >>> 8);
    return (x ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set([200, x * 10, y * 15], y * (width * 3 + 1) + 1 + x * 3);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Waits for drawers, modals and dropdowns to finish moving in: a click during the motion can land on the mask. */
export const settled = (page: Page) => page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
