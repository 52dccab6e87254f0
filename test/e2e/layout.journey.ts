import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { PASSWORD, loginPage, settled } from './harness.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/** The bottom bar's entries, left to right. */
const barKeys = (page: Page) =>
  page
    .getByTestId('nav-menu')
    .locator('[data-testid^="nav-item-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('nav-item-'.length)));

/**
 * The layout follows the screen, not the role: a committee worker on a phone gets the phone's layout with the
 * residents as cards under a folded filter, a resident at a desktop gets the desktop's menu, and a grid worker's
 * bottom bar holds their daily work.
 */
describe('layout follows the screen', () => {
  it('a committee worker on a phone gets the phone layout, residents as cards and a filter that unfolds; widening the window gives the desktop', async () => {
    const page = await loginPage('worker', PASSWORD, PHONE);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 20_000 });
    await page.getByTestId('layout-mobile').waitFor();
    assert.equal(await page.getByTestId('layout-desktop').count(), 0);
    // Their daily work leads the bar.
    assert.deepEqual((await barKeys(page)).slice(0, 3), ['appeals.orders', 'people.persons', 'people.visits']);

    await page.getByTestId('nav-menu').getByTestId('nav-item-people.persons').click();
    const list = page.getByTestId('persons-table');
    await list.locator('[data-testid^="persons-table-card-"]').first().waitFor();
    assert.equal(await list.getAttribute('data-view'), 'cards');
    assert.equal(await list.locator('table').count(), 0, 'no table squeezed onto the phone');
    const first = list.locator('[data-testid^="persons-table-card-"]').first();
    assert.match(await first.innerText(), /性别[\s\S]*年龄[\s\S]*住址/);

    // The filters are folded behind 筛选; the search stays in view.
    await page.getByTestId('persons-search').waitFor();
    const toggle = page.getByTestId('persons-filters-toggle');
    assert.equal((await toggle.innerText()).replace(/\s/g, ''), '筛选');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByTestId('persons-filter-gender').count(), 0);
    await toggle.click();
    await page.getByTestId('persons-filters-panel').waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.getByTestId('persons-filter-gender').click();
    await settled(page);
    const filtered = page.waitForResponse((r) => r.url().includes('/api/people/persons?') && r.url().includes('gender=female'));
    await page.getByTestId('persons-filter-gender-female').click();
    const answer = (await (await filtered).json()) as { total: number; items: Array<{ id: number }> };
    assert.ok(answer.total > 0, 'the demo committee has women');
    await toggle.click();
    await page.getByTestId('persons-filters-panel').waitFor({ state: 'detached' });
    assert.equal((await toggle.innerText()).replace(/\s/g, ''), '筛选（1）');
    // The cards are the filtered page, with its total.
    await list.getByTestId(`persons-table-card-${answer.items[0]!.id}`).waitFor();
    assert.equal(await list.locator('[data-testid^="persons-table-card-"]').count(), answer.items.length);
    assert.match(await list.innerText(), new RegExp(`共 ${answer.total} 条`));
    for (const text of await list.locator('[data-testid^="persons-table-card-"]').allInnerTexts()) assert.match(text, /性别\s*女/);

    // Turned into a wide window, the same page becomes the desktop's: the table and the open filter card.
    await page.setViewportSize(DESKTOP);
    await page.getByTestId('layout-desktop').waitFor();
    await list.locator('table').waitFor();
    await page.getByTestId('persons-filter-gender').waitFor();
    assert.equal(await page.getByTestId('persons-filters-toggle').count(), 0);
    await page.context().close();
  });

  it('a resident at a desktop gets the desktop layout with their entries in the side menu', async () => {
    const page = await loginPage('resident', PASSWORD, DESKTOP);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 20_000 });
    await page.getByTestId('layout-desktop').waitFor();
    assert.equal(await page.getByTestId('layout-mobile').count(), 0);
    const menu = page.getByTestId('nav-menu');
    const text = await menu.innerText();
    for (const label of ['首页', '我要反映', '我的诉求']) assert.ok(text.includes(label), `the menu shows ${label}: ${text}`);
    await menu.getByTestId('nav-item-appeals.mine').click();
    await page.getByTestId('mine-page').waitFor();
    await menu.getByTestId('nav-item-appeals.report').click();
    await page.getByTestId('report-page').waitFor();
    await page.context().close();
  });

  it("a grid worker's bottom bar holds 走访, 工单 and 实有人口 in that order, then Home and 更多", async () => {
    const page = await loginPage('grid', PASSWORD, PHONE);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 20_000 });
    await page.getByTestId('layout-mobile').waitFor();
    assert.deepEqual(await barKeys(page), ['people.visits', 'appeals.orders', 'people.persons', 'home']);
    const labels = await page.getByTestId('nav-menu').locator('[data-testid^="nav-item-"]').allInnerTexts();
    // Each tab's last line is its name (a badge's count may stand above it).
    assert.deepEqual(
      labels.map((l) => l.trim().split('\n').pop()),
      ['走访', '工单', '实有人口', '首页'],
    );
    await page.getByTestId('nav-more').click();
    await page.getByTestId('mobile-drawer').getByTestId('nav-drawer-item-org.units').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-menu').getByTestId('nav-item-people.visits').click();
    await page.waitForURL((u) => u.pathname === '/people/visits');
    await page.context().close();
  });
});
