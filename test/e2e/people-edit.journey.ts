import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { loginPage, server, settled } from './harness.js';

/** The first resident of a page of the caller's list (pages past the first, so other journeys' residents stay as they are). */
async function residentOn(page: Page, n: number) {
  const list = await (await page.request.get(`${server.url}/api/people/persons?pageSize=1&page=${n}&sort=name`)).json();
  const p = list.items[0] as { id: number; name: string } | undefined;
  assert.ok(p, `the demo committee has a resident on page ${n}`);
  return p;
}

describe('keeping a resident record', () => {
  it('a committee worker corrects a phone, sees it masked, and the audit log records it with the mask only', async () => {
    const page = await loginPage('worker');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    const p = await residentOn(page, 7);
    await page.goto(`${server.url}/people/persons/${p.id}`);
    await page.getByTestId('person-detail').waitFor();
    await page.getByTestId('person-edit-details').click();
    await page.getByTestId('person-details-form-form').waitFor();
    // A number that is no phone is refused under its field before anything is sent.
    await page.getByTestId('person-details-phone').fill('12345');
    await page.getByTestId('person-details-form-submit').click();
    await page.getByText('联系电话应为 11 位手机号或带区号的固定电话').waitFor();
    const phone = `139${String(Date.now() % 1e8).padStart(8, '0')}`;
    const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    await page.getByTestId('person-details-phone').fill(phone);
    const saved = page.waitForResponse((r) => r.url().endsWith(`/api/people/persons/${p.id}/details`) && r.request().method() === 'POST');
    await page.getByTestId('person-details-form-submit').click();
    assert.equal((await saved).status(), 200);
    await page.getByTestId('person-details-form-form').waitFor({ state: 'detached' });
    await page.waitForFunction(([m]) => document.querySelector('[data-testid="person-phone-masked"]')?.textContent === m, [masked]);
    assert.ok(!(await page.getByTestId('person-detail').innerText()).includes(phone), 'the page never shows the full number');
    await page.context().close();

    // An administrator finds the change in the audit log: the masks before and after, never the number.
    const admin = await loginPage('admin');
    await admin.waitForURL((u) => !u.pathname.startsWith('/login'));
    const events = await (await admin.request.get(`${server.url}/api/audit/events?targetType=person&targetId=${p.id}&action=people.person.update`)).json();
    const event = events.items[0] as { seq: number; summary: { after: { phone_masked: string } } } | undefined;
    assert.ok(event, 'the correction is in the audit log');
    assert.equal(event.summary.after.phone_masked, masked);
    assert.ok(!JSON.stringify(events).includes(phone));
    await admin.goto(`${server.url}/audit?targetType=person&targetId=${p.id}&action=people.person.update`);
    await admin.getByTestId('audit-table').locator('.ant-table-row').first().waitFor();
    await admin.getByTestId('audit-table').locator('.ant-table-row-expand-icon').first().click();
    const summary = admin.getByTestId(`audit-summary-${event.seq}`);
    await summary.waitFor();
    assert.match(await summary.innerText(), new RegExp(masked.replace(/\*/g, '\\*')));
    await admin.context().close();
  });

  it('on a phone, a committee worker records that a resident moved away; a grid worker is offered no edit', async () => {
    const page = await loginPage('worker', undefined, { width: 390, height: 844 });
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    const p = await residentOn(page, 11);
    await page.goto(`${server.url}/people/persons/${p.id}`);
    await page.getByTestId('person-detail').waitFor();
    await page.getByTestId('person-edit-departure').click();
    const form = page.getByTestId('person-departure-form-form');
    await form.waitFor();
    await settled(page);
    const box = await form.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `the form fits the phone's width (${JSON.stringify(box)})`);
    await page.getByTestId('person-departure-effect').waitFor();
    await page.getByTestId('person-departure-moved-to').fill('上海市闵行区');
    await page.getByTestId('person-departure-form-submit').click();
    const banner = page.getByTestId('person-departed-banner');
    await banner.waitFor();
    assert.match(await banner.innerText(), /迁出，迁往 上海市闵行区/);
    assert.match(await page.getByTestId('person-edit-move').innerText(), /迁回辖区/);
    // Out of the residents list, found among those who left.
    const listed = await (await page.request.get(`${server.url}/api/people/persons?pageSize=200&q=${encodeURIComponent(p.name)}`)).json();
    assert.ok(!listed.items.some((x: { id: number }) => x.id === p.id));
    const gone = await (await page.request.get(`${server.url}/api/people/persons?departed=true&q=${encodeURIComponent(p.name)}`)).json();
    assert.ok(gone.items.some((x: { id: number; departed: string }) => x.id === p.id && x.departed === 'moved_out'));
    await page.context().close();

    const grid = await loginPage('grid');
    await grid.waitForURL((u) => !u.pathname.startsWith('/login'));
    const mine = await residentOn(grid, 1);
    await grid.goto(`${server.url}/people/persons/${mine.id}`);
    await grid.getByTestId('person-detail').waitFor();
    assert.equal(await grid.getByTestId('person-edit-actions').count(), 0);
    await grid.context().close();
  });
});
