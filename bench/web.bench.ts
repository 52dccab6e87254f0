import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { startServer } from '../test/e2e/server.js';
import { figure, percentile, type BenchReport, type Figure } from './bench-kit.js';

/**
 * The web app as a phone on a slow network and a desktop on an office network get it: the server started as
 * `npm start` starts it (PGlite, the built app), Debian's chromium driven through the DevTools protocol with
 * network throttling, a fresh browser context (empty cache, no cookies but the session) for every measurement.
 * The CPU is not throttled: the figures are about what crosses the network, on this machine's processors.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PASSWORD = 'Linli@2026';
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);

/** Chrome DevTools' "Fast 3G": 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (bytes per second below). */
const FAST_3G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
/** An office line: 20 Mbit/s down, 10 up, 30 ms round trip. */
const OFFICE = { latency: 30, downloadThroughput: (20 * 1024 * 1024) / 8, uploadThroughput: (10 * 1024 * 1024) / 8 };

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/**
 * The same figures measured on the commit before compression, caching and the split first load (5 runs, median,
 * on the machine named in bench/results/web.json), so that each run prints where it started from.
 */
const TODAY = {
  commit: '97771f2',
  loginJsKB: 1684.41,
  loginMs: 10975,
  reportMs: 12225,
  dispatchMs: 7032,
  personsMs: 5598,
};

type Conditions = typeof FAST_3G;

interface Load {
  /** Milliseconds from the start of navigation (the page's time origin) until the condition held. */
  ms: number;
  /** Bytes of JavaScript on the wire (compressed bodies and their response headers) finished by then. */
  jsBytes: number;
  /** The same without the response headers: the compressed scripts alone. */
  jsBodyBytes: number;
  /** How many scripts, and the content encodings they came in. */
  scripts: number;
  encodings: string[];
}

interface Scripts {
  wire: Map<string, number>;
  body: Map<string, number>;
  encodings: Set<string>;
}

function tally(s: Scripts) {
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { jsBytes: sum(s.wire), jsBodyBytes: sum(s.body), scripts: s.wire.size, encodings: [...s.encodings].sort() };
}

async function throttled(context: BrowserContext, conditions: Conditions): Promise<{ page: Page; cdp: CDPSession; scripts: Scripts }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
  const kinds = new Map<string, string>();
  const scripts: Scripts = { wire: new Map(), body: new Map(), encodings: new Set() };
  cdp.on('Network.responseReceived', (e) => {
    kinds.set(e.requestId, e.type);
    if (e.type !== 'Script') return;
    const encoding = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1];
    scripts.encodings.add(encoding || 'identity');
  });
  cdp.on('Network.dataReceived', (e) => {
    if (kinds.get(e.requestId) === 'Script') scripts.body.set(e.requestId, (scripts.body.get(e.requestId) ?? 0) + e.encodedDataLength);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (kinds.get(e.requestId) === 'Script') scripts.wire.set(e.requestId, e.encodedDataLength);
  });
  return { page, cdp, scripts };
}

/** What makes a page usable: elements by test id that are shown, buttons that are enabled, tables that have drawn. */
interface Ready {
  visible?: string[];
  enabled?: string[];
  /** A CSS selector that must match something. */
  present?: string[];
  /** Paged tables (by test id) that have drawn their rows or their empty state and stopped loading. */
  tables?: string[];
}

/**
 * Waits, polling every frame, until the page is usable; returns the page's own clock at that frame (milliseconds
 * since navigation began). A function, not a string: the app's CSP forbids evaluating strings.
 */
async function until(page: Page, ready: Ready, timeoutMs = 180_000): Promise<number> {
  // No named functions inside: the bench runs through a transpiler that would wrap them in a helper the page lacks.
  const handle = await page.waitForFunction(
    (r: Ready) => {
      for (const id of [...(r.visible ?? []), ...(r.enabled ?? [])]) {
        const e = document.querySelector(`[data-testid="${id}"]`);
        if (!e || e.getClientRects().length === 0) return false;
        if ((r.enabled ?? []).includes(id) && (e as HTMLButtonElement).disabled) return false;
      }
      for (const sel of r.present ?? []) if (!document.querySelector(sel)) return false;
      for (const id of r.tables ?? []) {
        const t = document.querySelector(`[data-testid="${id}"]`);
        if (!t || t.querySelector('.ant-spin-spinning') || !t.querySelector('tr.ant-table-row, .ant-empty')) return false;
      }
      return performance.now();
    },
    ready,
    { polling: 'raf', timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as number;
}

async function loginForm(browser: Browser, base: string): Promise<Load> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: PHONE });
  try {
    const { page, cdp, scripts } = await throttled(context, FAST_3G);
    await page.goto(`${base}/login`, { waitUntil: 'commit' });
    const ms = await until(page, { visible: ['login-username'], enabled: ['login-submit'] });
    // A round trip through the protocol so that every loadingFinished sent before the form showed has arrived.
    await cdp.send('Runtime.evaluate', { expression: '1' });
    return { ms, ...tally(scripts) };
  } finally {
    await context.close();
  }
}

/** A page opened by its address with a live session (logged in through the API: nothing of the app cached). */
async function signedInPage(
  browser: Browser,
  base: string,
  user: string,
  path: string,
  viewport: typeof PHONE,
  conditions: Conditions,
  ready: Ready,
): Promise<Load> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport });
  try {
    const r = await context.request.post(`${base}/api/auth/login`, { data: { username: user, password: PASSWORD } });
    if (r.status() !== 200) throw new Error(`login ${user}: ${r.status()} ${await r.text()}`);
    const { page, cdp, scripts } = await throttled(context, conditions);
    await page.goto(`${base}${path}`, { waitUntil: 'commit' });
    const ms = await until(page, ready);
    await cdp.send('Runtime.evaluate', { expression: '1' });
    return { ms, ...tally(scripts) };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => percentile(xs, 50);

export async function run(): Promise<BenchReport> {
  const port = Number(process.env.BENCH_WEB_PORT ?? 3241);
  const server = await startServer({ port });
  const browser = await chromium.launch({
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
  const base = server.url;
  const report: Ready = { enabled: ['report-submit'], present: ['[data-testid^="category-group-"]'] };
  const journeys = {
    login: () => loginForm(browser, base),
    report: () => signedInPage(browser, base, 'resident', '/appeals/report', PHONE, FAST_3G, report),
    dispatch: () => signedInPage(browser, base, 'street', '/appeals/dispatch', DESKTOP, OFFICE, { tables: ['dispatch-orders'] }),
    persons: () => signedInPage(browser, base, 'worker', '/people', DESKTOP, OFFICE, { tables: ['persons-table'] }),
  };
  const samples: Record<keyof typeof journeys, Load[]> = { login: [], report: [], dispatch: [], persons: [] };
  try {
    const measure = async (name: keyof typeof journeys) => {
      try {
        return await journeys[name]();
      } catch (e) {
        throw new Error(`${name}: ${(e as Error).message}`);
      }
    };
    const names = Object.keys(journeys) as (keyof typeof journeys)[];
    // One unmeasured round first: the server's first answers (plans, caches) are not what a visitor waits for.
    for (const name of names) await measure(name);
    for (let i = 0; i < RUNS; i++) for (const name of names) samples[name].push(await measure(name));
  } finally {
    await browser.close();
    await server.stop();
  }
  const ms = (k: keyof typeof journeys) => median(samples[k].map((s) => s.ms));
  const kb = (k: keyof typeof journeys) => median(samples[k].map((s) => s.jsBytes)) / 1024;
  const bodyKb = (k: keyof typeof journeys) => median(samples[k].map((s) => s.jsBodyBytes)) / 1024;
  const withToday = (f: Figure, today: number): Figure => ({ ...f, before: today || undefined });
  const figures: Figure[] = [
    withToday(figure('login (Fast 3G): JavaScript before the form shows', kb('login'), 'KB', 250), TODAY.loginJsKB),
    figure('login (Fast 3G): the same, compressed scripts without headers', bodyKb('login'), 'KB'),
    figure('login (Fast 3G): scripts fetched', median(samples.login.map((s) => s.scripts)), 'files'),
    withToday(figure('login (Fast 3G): form usable', ms('login') / 1000, 's'), TODAY.loginMs / 1000),
    withToday(figure('resident report page (Fast 3G, 390x844): usable', ms('report') / 1000, 's', 5), TODAY.reportMs / 1000),
    figure('resident report page (Fast 3G): JavaScript transferred', kb('report'), 'KB'),
    withToday(figure('street dispatch console (20 Mbit/s, 1366x900): usable', ms('dispatch') / 1000, 's', 3), TODAY.dispatchMs / 1000),
    withToday(figure('worker residents list (20 Mbit/s, 1366x900): usable', ms('persons') / 1000, 's', 3), TODAY.personsMs / 1000),
    figure('worker residents list (20 Mbit/s): JavaScript transferred', kb('persons'), 'KB'),
  ];
  return {
    database: 'PGlite (the server as npm start runs it)',
    params: {
      runs: RUNS,
      statistic: 'median of the runs, after one unmeasured round',
      fast3g: '1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT (DevTools emulation)',
      office: '20 Mbit/s down, 10 Mbit/s up, 30 ms RTT',
      cpu: 'not throttled',
      cache: 'a new browser context for every measurement (cold HTTP cache)',
      usable: {
        login: 'user name field visible and the submit button enabled',
        report: 'signed in as resident; category chips drawn and the submit button enabled',
        desktop: 'signed in as street / worker; the table has drawn its rows and stopped loading',
      },
      today: TODAY,
      encodings: [...new Set(Object.values(samples).flatMap((v) => v.flatMap((s) => s.encodings)))].sort(),
      samples: Object.fromEntries(
        Object.entries(samples).map(([k, v]) => [
          k,
          v.map((s) => ({ ms: Math.round(s.ms), jsBytes: s.jsBytes, jsBodyBytes: s.jsBodyBytes, scripts: s.scripts })),
        ]),
      ),
    },
    figures,
  };
}
