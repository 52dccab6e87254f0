import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { loginPage, server } from './harness.js';

const DESKTOP = { width: 1440, height: 900 };

/** Button labels antd would have spaced out (搜 索, 重 置): none may be left. */
async function spacedLabels(page: Page): Promise<string[]> {
  const texts = await page.locator('button').allInnerTexts();
  return texts.map((x) => x.trim()).filter((x) => /^[\u4e00-\u9fff] [\u4e00-\u9fff]$/.test(x));
}

/** Column titles of the page's tables that break onto a second line (更新时 / 间). */
async function brokenTitles(page: Page): Promise<string[]> {
  return page.$$eval('.ant-table-thead th', (cells) =>
    cells
      .filter((th) => (th.textContent ?? '').trim().length > 0)
      .filter((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        const lines = new Set(
          Array.from(range.getClientRects())
            .filter((r) => r.width > 0)
            .map((r) => Math.round(r.top)),
        );
        return lines.size > 1;
      })
      .map((th) => (th.textContent ?? '').trim()),
  );
}

describe('the words a user sees', () => {
  it('two-character buttons keep their characters together and column titles stay on one line at 1440 px', async () => {
    const page = await loginPage('district', undefined, DESKTOP);
    await page.getByTestId('nav-menu').waitFor();
    for (const path of ['/audit', '/catalogs', '/appeals/rules', '/org/departments']) {
      await page.goto(`${server.url}${path}`);
      await page.locator('.ant-table-thead th').first().waitFor();
      assert.deepEqual(await spacedLabels(page), [], `${path}: spaced button labels`);
      assert.deepEqual(await brokenTitles(page), [], `${path}: column titles broken over two lines`);
    }
    // A page's title is not said again by the last crumb of its breadcrumb.
    await page.goto(`${server.url}/catalogs`);
    await page.locator('[data-testid^="catalog-link-"]').first().click();
    await page.getByTestId('page-breadcrumb').waitFor();
    const title = (await page.getByTestId('page-title').innerText()).trim();
    const crumbs = (await page.getByTestId('page-breadcrumb').locator('li').allInnerTexts()).map((x) => x.replace('/', '').trim()).filter(Boolean);
    assert.notEqual(crumbs.at(-1), title, `breadcrumb ${crumbs.join(' / ')} repeats the title`);
    await page.context().close();
  });

  it('the audit log names actions and records, and the department list names parents', async () => {
    const page = await loginPage('admin', undefined, DESKTOP);
    await page.getByTestId('nav-menu').waitFor();
    await page.goto(`${server.url}/audit`);
    const table = page.getByTestId('audit-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    const text = await table.locator('tbody').innerText();
    // Codes such as auth.login or platform.district.seed stay on hover only.
    assert.doesNotMatch(text, /\b(auth|platform|org|people|appeals|accounts|estate)\.[a-z_]+/);
    assert.match(text, /登录|创建演示区数据/);

    await page.goto(`${server.url}/org/departments`);
    const departments = page.getByTestId('departments-table');
    await departments.locator('[data-testid^="department-parent-"]').first().waitFor();
    assert.doesNotMatch(await departments.locator('tbody').innerText(), /查看/);
    await page.context().close();
  });

  it('a resident reporting a problem is told nothing about a draft catalogue', async () => {
    const page = await loginPage('resident');
    await page.getByTestId('nav-item-appeals.report').click();
    await page.getByTestId('report-page').waitFor();
    await page.locator('[data-testid^="category-group-"]').first().waitFor();
    const body = await page.locator('body').innerText();
    assert.doesNotMatch(body, /草案|草稿/);
    const categories = (await (await page.request.get(`${server.url}/api/appeals/categories`)).json()) as { draft: boolean };
    assert.equal(categories.draft, false);
    await page.context().close();
  });
});
