import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browser, loginPage, server } from './harness.js';

const DISTRICT = '310106';

/**
 * A visitor without an account opens the district's public page: the map and the list of public reports, then a
 * report's page with its timeline, and reads nothing of who reported it or where they live.
 */
describe('the public side', () => {
  it("a visitor opens the public map and a report's page and sees no house or name", async () => {
    const visitor = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } })).newPage();
    // The login page leads to the public side.
    await visitor.goto(`${server.url}/login`);
    await visitor.getByTestId('login-public').click();
    await visitor.waitForURL((u) => u.pathname === '/public');
    await visitor.getByTestId('public-list').waitFor();
    await visitor.goto(`${server.url}/public/${DISTRICT}`);
    await visitor.locator('[data-testid="public-map"][data-ready="yes"]').waitFor();
    await visitor.getByTestId('public-indicators').waitFor();
    await visitor.getByTestId('public-report').first().waitFor();

    // A public report the street's staff can read in full, with its title and reporter.
    const list = (await (await visitor.request.get(`${server.url}/api/appeals/public/reports?district=${DISTRICT}&pageSize=100`)).json()) as {
      items: Array<{ id: number }>;
    };
    const street = await loginPage('street');
    await street.waitForURL((u) => !u.pathname.startsWith('/login'));
    let full:
      | { id: number; title: string; address: string | null; unitName: string | null; reporter: { name: string | null }; categoryName: { zh: string } }
      | undefined;
    for (const { id } of list.items) {
      const res = await street.request.get(`${server.url}/api/appeals/orders/${id}`);
      if (!res.ok()) continue;
      const o = await res.json();
      // A title the reporter wrote: some demo titles are just the category's name, which the public page shows.
      if (o.reporter?.name && !o.categoryName.zh.includes(o.title) && !o.title.includes(o.categoryName.zh)) {
        full = o;
        break;
      }
    }
    assert.ok(full, 'the street sees a public report with a named reporter');
    await street.context().close();

    await visitor.goto(`${server.url}/public/${DISTRICT}/reports/${full.id}`);
    await visitor.getByTestId('public-timeline').waitFor();
    await visitor.getByTestId('public-report-card').waitFor();
    const text = await visitor.locator('body').innerText();
    assert.ok(!text.includes(full.title), `the title written by the reporter is not shown: ${full.title}`);
    assert.ok(!text.includes(full.reporter.name!), "the reporter's name is not shown");
    // An address the reporter typed is theirs; one that is only the unit's name (a report placed by its point) is the public place.
    if (full.address && full.address !== full.unitName) assert.ok(!text.includes(full.address), 'the address is not shown');
    assert.doesNotMatch(text, /\d+号楼|\d+室/, 'no building or house number is shown');
    await visitor.context().close();
  });
});
