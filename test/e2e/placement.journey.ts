import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PASSWORD, browser, loginPage, server } from './harness.js';

/**
 * A resident's report placed only by the phone's location reaches the street the point lies in: its dispatcher
 * finds it on the console's map, and the order says how it was placed.
 */
describe('reports placed by their point', () => {
  it("a location-only report on a phone reaches the right street and shows on the dispatcher's map", async () => {
    const street = await loginPage('street');
    await street.waitForURL((u) => !u.pathname.startsWith('/login'));
    const streetId = ((await (await street.request.get(`${server.url}/api/auth/session`)).json()).positions[0] as { unitId: number }).unitId;
    // A compound of that street, where the resident stands.
    const map = (await (await street.request.get(`${server.url}/api/org/map`)).json()) as {
      units: Array<{ id: number; parentId: number | null; type: string; name: string; lat: number; lng: number }>;
    };
    const committees = new Set(map.units.filter((u) => u.type === 'committee' && u.parentId === streetId).map((u) => u.id));
    const compound = map.units.find((u) => u.type === 'compound' && committees.has(u.parentId!));
    assert.ok(compound, 'the demo street has a compound on the map');

    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
      geolocation: { latitude: compound.lat, longitude: compound.lng },
      permissions: ['geolocation'],
    });
    const resident = await context.newPage();
    await resident.goto(`${server.url}/login`);
    await resident.getByTestId('login-username').fill('resident');
    await resident.getByTestId('login-password').fill(PASSWORD);
    await resident.getByTestId('login-submit').click();
    await resident.waitForURL((u) => !u.pathname.startsWith('/login'));
    await resident.goto(`${server.url}/appeals/report`);
    await resident.getByTestId('report-page').waitFor();
    await resident.getByTestId('category-group-P03').click();
    await resident.getByTestId('category-sub-P0305').click();
    const title = `路灯不亮 ${Date.now() % 100000}`;
    await resident.getByTestId('report-title').fill(title);
    await resident.getByTestId('report-description').fill('小区门口的路灯坏了，晚上一片漆黑');
    await resident.getByTestId('report-place-point').click();
    // The map to pick on is there, drawn from the district's own units.
    await resident.locator('[data-testid="report-point-map"][data-ready="yes"]').waitFor();
    await resident.getByTestId('report-locate').click();
    await resident.getByTestId('report-located').waitFor();
    await resident.locator('[data-testid="report-point-map"] .linli-pin').waitFor();
    await resident.getByTestId('report-submit').click();
    await resident.getByTestId('report-done').waitFor({ timeout: 20_000 });
    const id = Number(await resident.getByTestId('report-done').getAttribute('data-order-id'));
    const mine = (await (await resident.request.get(`${server.url}/api/appeals/orders/${id}`)).json()) as { streetId: number | null; unitId: number | null };
    assert.equal(mine.streetId, streetId);
    assert.equal(mine.unitId, compound.id);
    await context.close();

    // The street's dispatcher sees it on the console's map, and how it was placed on the order.
    await street.goto(`${server.url}/appeals/dispatch?tab=open`);
    await street.getByTestId('orders-search').fill(`#${id}`);
    await street.getByTestId('orders-search-submit').click();
    await street.locator('[data-testid="orders-map"][data-points="1"]').waitFor();
    await street.locator('[data-testid="orders-territory-map"] .linli-dot').first().waitFor();
    await street.goto(`${server.url}/appeals/${id}`);
    const placement = street.getByTestId('order-placement');
    await placement.waitFor();
    assert.match((await placement.getAttribute('data-placement')) ?? '', /^(boundary|nearest_compound)$/);
    await street.context().close();
  });

  it('a resident finds a building by its compound and number, and the report is placed at that compound', async () => {
    const resident = await loginPage('resident', PASSWORD, { width: 390, height: 844 });
    await resident.waitForURL((u) => !u.pathname.startsWith('/login'));
    const map = (await (await resident.request.get(`${server.url}/api/org/map`)).json()) as { units: Array<{ id: number; type: string; name: string }> };
    const compounds = map.units.filter((u) => u.type === 'compound');
    type Found = { id: number; type: string; name: string; within: string | null; address: string | null; pointOf: number };
    const search = async (q: string) =>
      ((await (await resident.request.get(`${server.url}/api/org/map/places?q=${encodeURIComponent(q)}`)).json()) as { items: Found[] }).items;
    // A compound whose name no other compound of the district shares, and that has an address on record.
    let compound: (typeof compounds)[number] | undefined;
    let address: string | null = null;
    for (const c of compounds.filter((c) => compounds.filter((o) => o.name === c.name).length === 1)) {
      address = (await search(c.name)).find((p) => p.id === c.id)?.address ?? null;
      if (address) {
        compound = c;
        break;
      }
    }
    assert.ok(compound && address, 'the demo district has a compound with a name of its own and an address');
    // Its address finds it too.
    assert.ok((await search(address)).some((p) => p.id === compound.id));
    const building = (await search(compound.name)).find((p) => p.type === 'building' && p.within === compound.name);
    assert.ok(building, `the compound ${compound.name} has a building to find`);
    // Houses are never offered, however the search is worded.
    assert.ok((await search(`${building.name}1`)).every((p) => p.type !== 'house'));

    await resident.goto(`${server.url}/appeals/report`);
    await resident.getByTestId('report-page').waitFor();
    await resident.getByTestId('category-group-P03').click();
    await resident.getByTestId('category-sub-P0305').click();
    await resident.getByTestId('report-title').fill(`楼道灯不亮 ${Date.now() % 100000}`);
    await resident.getByTestId('report-description').fill('楼道里的灯坏了一个星期，晚上上下楼看不见');
    await resident.getByTestId('report-place-point').click();
    await resident.locator('[data-testid="report-point-map"][data-ready="yes"]').waitFor();
    await resident.locator('[data-testid="report-point-search"] input, input[data-testid="report-point-search"]').fill(`${compound.name} ${building.name}`);
    const option = resident.getByTestId('report-point-option').filter({ hasText: `${compound.name} ${building.name}` });
    await option.first().click();
    await resident.locator('[data-testid="report-point-map"] .linli-pin').waitFor();
    await resident.getByTestId('report-located').waitFor();
    await resident.getByTestId('report-submit').click();
    await resident.getByTestId('report-done').waitFor({ timeout: 20_000 });
    const id = Number(await resident.getByTestId('report-done').getAttribute('data-order-id'));
    const order = (await (await resident.request.get(`${server.url}/api/appeals/orders/${id}`)).json()) as { unitId: number | null; placement: string };
    assert.equal(order.unitId, compound.id);
    assert.match(order.placement, /^(boundary|nearest_compound)$/);
    await resident.context().close();
  });
});
