import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe.js';
import { PASSWORD, browser, expectedNav, loginPage, server, settled } from './harness.js';

const DISTRICT = '310106';
const ROLES = ['admin', 'district', 'street', 'dept', 'head', 'worker', 'grid', 'leader', 'resident', 'newcomer', 'org', 'evaluator'];
// A signed-up resident not yet bound uses a phone, like the resident (the harness knows the older phone accounts).
const PHONE = { width: 390, height: 844 };

/** Waits until the page has its data and has stopped moving: no request running, no spinner, skeleton or transition. */
async function ready(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'), undefined, { timeout: 15_000 });
  await settled(page);
}

/**
 * Accessibility (WCAG 2.1 AA, which GB/T 37668 follows): axe-core finds no serious or critical violation on the
 * login page, the public pages, and the main pages of every role — its home and each page of its menu (a page
 * several roles share is checked once), the dispatch console, the report form and an order's page. A dispatcher
 * works the dispatch console with the keyboard alone.
 */
describe('accessibility', () => {
  it("the login page, the public pages and every role's main pages have no serious or critical axe violation", async () => {
    const found: string[] = [];
    const check = async (page: Page, where: string) => {
      await ready(page);
      found.push(...(await seriousViolations(page, where)));
    };
    const visitor = async () => {
      const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } })).newPage();
      await page.goto(`${server.url}/login`);
      await page.getByTestId('login-submit').waitFor();
      await check(page, 'visitor');
      await page.goto(`${server.url}/public/${DISTRICT}`);
      await page.locator('[data-testid="public-map"][data-ready="yes"]').waitFor();
      await page.getByTestId('public-report').first().waitFor();
      await check(page, 'visitor');
      await page.getByTestId('public-report-link').first().click();
      await page.getByTestId('public-timeline').waitFor();
      await check(page, 'visitor');
      await page.context().close();
    };
    const seen = new Set<string>();
    const role = async (username: string) => {
      const page = await loginPage(username, PASSWORD, username === 'newcomer' ? PHONE : undefined);
      await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 20_000 });
      await page.getByTestId('home-welcome').waitFor();
      await check(page, username);
      const paths = (await expectedNav(page)).items.map((i) => i.path);
      // An order this account may open, for the order's page.
      const orders = await (await page.request.get(`${server.url}/api/appeals/orders?pageSize=1`)).json();
      if (orders.items?.[0]) paths.push(`/appeals/${orders.items[0].id}`);
      for (const path of paths) {
        const key = /^\/appeals\/\d+$/.test(path) ? '/appeals/:id' : path;
        if (seen.has(key)) continue;
        seen.add(key);
        await page.goto(`${server.url}${path}`);
        await check(page, username);
      }
      await page.context().close();
    };
    // Three at a time: axe's work is in each page's own renderer, and the whole check stays within a minute or so.
    const queue: Array<() => Promise<void>> = [visitor, ...ROLES.map((u) => () => role(u))];
    await Promise.all(
      [0, 1, 2].map(async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await next();
      }),
    );
    for (const must of ['/appeals/dispatch', '/appeals/report', '/appeals/:id']) assert.ok(seen.has(must), `${must} was checked`);
    assert.equal(found.length, 0, `serious or critical accessibility violations:\n${found.join('\n')}`);
  });

  it('a street dispatcher reaches, opens, selects and dispatches an order in the dispatch console with the keyboard alone', async () => {
    const page = await loginPage('street');
    await page.getByTestId('home-welcome').waitFor();
    await page.goto(`${server.url}/appeals/dispatch?tab=triage`);
    await page.locator('[data-testid="dispatch-orders"] tr[data-row-key]').first().waitFor();
    await page.locator('[data-testid="orders-territory-map"] .leaflet-marker-icon').first().waitFor();
    await ready(page);
    /** What has the focus, and whether it shows it (its outline or shadow, its checkbox's box, or antd's focused wrapper). */
    const focused = () =>
      page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        // Written without inner named functions: the transform of this file would name them with a helper the page lacks.
        const ring = [e, e.nextElementSibling].some((x) => {
          if (!x) return false;
          const cs = getComputedStyle(x);
          return (cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
        });
        return {
          what: `${e.tagName.toLowerCase()}${e.getAttribute('role') ? `[role=${e.getAttribute('role')}]` : ''} ${e.closest('[data-testid]')?.getAttribute('data-testid') ?? ''} ${(e.textContent ?? '').slice(0, 12)}`,
          testId: e.getAttribute('data-testid') ?? '',
          within: e.closest('[data-testid]')?.getAttribute('data-testid') ?? '',
          role: e.getAttribute('role') ?? '',
          marker: e.classList.contains('leaflet-marker-icon'),
          rowKey: e.tagName === 'TR' ? (e.getAttribute('data-row-key') ?? '') : '',
          ring: ring || !!e.closest('[class*="-focused"]'),
        };
      });
    type Focus = Awaited<ReturnType<typeof focused>>;
    const tabUntil = async (done: (f: Focus) => boolean, key = 'Tab', max = 80) => {
      const seen: Focus[] = [];
      for (let i = 0; i < max; i++) {
        await page.keyboard.press(key);
        const f = await focused();
        seen.push(f);
        if (done(f)) break;
      }
      return seen;
    };

    // Tab from the top of the page reaches the orders, by way of every control of the console, each showing its focus.
    const seen = await tabUntil((f) => !!f.rowKey);
    const path = seen.map((f) => f.what).join(' → ');
    const first = seen.at(-1)!;
    assert.ok(first.rowKey, `Tab reaches an order's row: ${path}`);
    assert.ok(
      seen.some((f) => f.testId === 'dispatch-map-toggle'),
      `the map switch is a tab stop: ${path}`,
    );
    assert.ok(
      seen.some((f) => f.role === 'tab'),
      `the tabs are reached: ${path}`,
    );
    assert.ok(
      seen.some((f) => f.testId === 'orders-search'),
      `the search is reached: ${path}`,
    );
    assert.ok(
      seen.some((f) => f.marker),
      `the map's markers are tab stops: ${path}`,
    );
    for (const f of seen) assert.ok(f.ring, `${f.what} shows no focus`);

    // ↓ moves to the next order and Enter opens it beside the list; Escape closes it and the focus is back on its row.
    await page.keyboard.press('ArrowDown');
    const row = await focused();
    assert.ok(row.rowKey && row.rowKey !== first.rowKey, `↓ moves to the next order, not ${row.what}`);
    await page.keyboard.press('Enter');
    const drawer = page.locator('.ant-drawer-title').filter({ hasText: `#${row.rowKey} ` });
    await drawer.waitFor();
    await settled(page);
    await ready(page);
    const inDrawer = await seriousViolations(page, 'street, an order open in the console');
    assert.deepEqual(inDrawer, [], inDrawer.join('\n'));
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    // The drawer hands the focus back once its closing motion has ended.
    const returned = await page
      .waitForFunction((k) => document.activeElement?.getAttribute('data-row-key') === k, row.rowKey, { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    assert.ok(returned, `closing the order gives the focus back to its row, not to ${(await focused()).what}`);

    // Space selects it; the batch dispatch is a few Shift+Tabs back, and Enter opens it for this order.
    await page.keyboard.press(' ');
    await page.waitForFunction(() => /\b1\b/.test(document.querySelector('[data-testid="dispatch-selected"]')?.textContent ?? ''));
    assert.equal(await page.locator(`[data-testid="dispatch-orders"] tr[data-row-key="${row.rowKey}"] input[type="checkbox"]`).isChecked(), true);
    const back = await tabUntil((f) => f.testId === 'dispatch-bulk', 'Shift+Tab', 8);
    assert.equal(back.at(-1)?.testId, 'dispatch-bulk', `Shift+Tab reaches the batch dispatch: ${back.map((f) => f.what).join(' → ')}`);
    assert.ok(back.at(-1)?.ring, 'the batch dispatch shows its focus');
    await page.keyboard.press('Enter');
    await page.getByTestId('bulk-submit').waitFor();
    await settled(page);
    assert.match(await page.getByRole('dialog').innerText(), new RegExp(`#${row.rowKey}`));

    // In the dialog: Tab to the handler, ↓ opens its list and Enter takes the first; Tab on to the dispatch button.
    const handler = await tabUntil((f) => f.within === 'bulk-handler-select', 'Tab', 10);
    assert.equal(handler.at(-1)?.within, 'bulk-handler-select', `Tab reaches the handler: ${handler.map((f) => f.what).join(' → ')}`);
    await page.keyboard.press('ArrowDown');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('[data-testid="bulk-handler-select"] .ant-select-placeholder'));
    const submit = await tabUntil((f) => f.testId === 'bulk-submit', 'Tab', 10);
    assert.equal(submit.at(-1)?.testId, 'bulk-submit', `Tab reaches the dispatch button: ${submit.map((f) => f.what).join(' → ')}`);
    await page.keyboard.press('Enter');
    const result = page.getByTestId(`bulk-result-row-${row.rowKey}`);
    await result.waitFor();
    assert.equal(await result.getAttribute('data-ok'), 'true', await result.innerText());
    const o = await (await page.request.get(`${server.url}/api/appeals/orders/${row.rowKey}`)).json();
    assert.equal(o.status, 'dispatched');
    await page.context().close();
  });
});
