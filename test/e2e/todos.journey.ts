import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { loginPage, server } from './harness.js';

interface Todo {
  key: string;
  label: { zh: string };
  path: string;
  nav: string;
  count: number;
  overdue: number;
}

/** The API list a to-do's page reads, by the to-do's key: its answer's total is what the page shows. */
const listOf = (key: string) =>
  key === 'appeals.summons'
    ? '/api/appeals/summons?'
    : key === 'people.exports'
      ? '/api/people/export-requests?'
      : key === 'people.visits'
        ? '/api/people/visits/my-unvisited'
        : '/api/appeals/orders?';

async function todosOf(page: Page): Promise<Todo[]> {
  const r = await page.request.get(`${server.url}/api/todos`);
  assert.equal(r.status(), 200);
  return ((await r.json()) as { items: Todo[] }).items;
}

/**
 * Each role's home page starts with what waits for it: a card per to-do with its count (overdue ones first, in
 * red), each opening the list that holds exactly those items; the menu item of that list carries the count.
 */
describe('each role’s home page shows its to-dos with counts', () => {
  const roles: Array<[string, string]> = [
    ['street', 'appeals.dispatch'],
    ['dept', 'appeals.accept'],
    ['worker', 'people.visits'],
    ['district', 'people.exports'],
    ['grid', 'people.visits'],
  ];
  for (const [username, expectedKey] of roles) {
    it(username, async () => {
      const page = await loginPage(username);
      await page.waitForURL((u) => u.pathname === '/', { timeout: 20_000 });
      await page.getByTestId('home-todos').waitFor({ timeout: 20_000 });
      const todos = await todosOf(page);
      assert.ok(
        todos.some((t) => t.key === expectedKey),
        `${username} should have ${expectedKey}, has ${todos.map((t) => t.key).join(',')}`,
      );
      for (const t of todos) {
        assert.equal(await page.getByTestId(`todo-count-${t.key}`).innerText(), String(t.count), `${username}: count of ${t.key}`);
        if (t.overdue > 0) assert.match(await page.getByTestId(`todo-overdue-${t.key}`).innerText(), new RegExp(`超时 ${t.overdue}`));
      }
      // Overdue work comes first, then what waits, then the rest.
      const shown = await page.locator('[data-testid^="todo-count-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(11)));
      const rank = (k: string) => {
        const t = todos.find((x) => x.key === k)!;
        return t.overdue > 0 ? 0 : t.count > 0 ? 1 : 2;
      };
      assert.deepEqual(
        shown.map(rank),
        [...shown.map(rank)].sort((a, b) => a - b),
      );

      // The first to-do with work: its menu item carries the count of its list, and its card opens that list with that total.
      const first = todos.find((t) => t.key === shown[0])!;
      assert.ok(first.count > 0, `${username} has something waiting in the demo district`);
      const badge = todos.filter((t) => t.nav === first.nav).reduce((n, t) => n + t.count, 0);
      // On a phone the item may sit in the drawer rather than the tab bar.
      const inDrawer = (await page.getByTestId('nav-menu').getByTestId(`nav-item-${first.nav}`).count()) === 0;
      if (inDrawer) await page.getByTestId('mobile-menu-button').click();
      const holder = page.getByTestId(inDrawer ? 'mobile-drawer' : 'nav-menu');
      const label = await holder.getByTestId(`nav-badge-${first.nav}`).first().getAttribute('aria-label', { timeout: 20_000 });
      assert.match(label ?? '', new RegExp(`^${badge} 项待办`), `${username}: badge of ${first.nav}`);
      if (inDrawer) {
        await page.keyboard.press('Escape');
        await page.getByTestId('mobile-drawer').waitFor({ state: 'hidden' });
      }
      const listed = page.waitForResponse((r) => r.url().includes(listOf(first.key)) && r.request().method() === 'GET', { timeout: 20_000 });
      await page.getByTestId(`todo-${first.key}`).click();
      const answer = await listed;
      assert.equal(decodeURIComponent(new URL(page.url()).pathname + new URL(page.url()).search), first.path);
      assert.equal(((await answer.json()) as { total: number }).total, first.count, `${username}: ${first.key} list total`);
      await page.context().close();
    });
  }

  it('the export approvals page opens on 待我审批 when something waits for the approver', async () => {
    const page = await loginPage('district');
    await page.waitForURL((u) => u.pathname === '/', { timeout: 20_000 });
    const waiting = (await todosOf(page)).find((t) => t.key === 'people.exports')!;
    assert.ok(waiting.count > 0, 'the demo leaves an export request for the district to decide');
    await page.goto(`${server.url}/people/exports`);
    await page.getByTestId('export-requests-page').waitFor();
    await page.locator('[role="tab"][aria-selected="true"]').getByTestId('export-tab-decide').waitFor({ timeout: 20_000 });
    // A tab the user chose stays chosen.
    await page.getByTestId('export-tab-mine').click();
    await page.locator('[role="tab"][aria-selected="true"]').getByTestId('export-tab-mine').waitFor();
    await page.context().close();
  });
});
