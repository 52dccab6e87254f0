import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { loginPage, server } from './harness.js';

/**
 * The hot topics on the map: a street's staff open the indicators dashboard and see the heat of their street's
 * appeals, then choose one keyword and see that word's heat alone, counted by compound or cell, never an appeal's
 * own point.
 */
describe('hot topics as a heat layer', () => {
  it("shows the street's appeals as heat, and one keyword's when chosen", async () => {
    const page = await loginPage('street');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${server.url}/appeals/dashboard`);
    await page.getByTestId('indicator-dashboard').waitFor();
    const map = page.getByTestId('hot-topics-heat-map');
    await page.locator('[data-testid="hot-topics-heat-map"][data-ready="yes"]').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="hot-topics-heat-map"]')?.getAttribute('data-heat')) > 0, null, {
      timeout: 30_000,
    });
    const all = Number(await map.getAttribute('data-heat'));
    await map.locator('canvas.leaflet-heatmap-layer').waitFor();

    // A frequent keyword from the list, chosen by a click: the map shows its appeals only.
    const word = page.getByTestId('hot-topics-terms').getByRole('button').first();
    const term = ((await word.textContent()) ?? '').trim();
    assert.ok(term, 'the street has a frequent keyword');
    await word.click();
    await page.waitForURL((u) => u.searchParams.get('term') === term);
    await page.getByTestId('hot-topics-heat-term').getByText(term).waitFor();
    await page.waitForFunction(
      (total) => {
        const n = Number(document.querySelector('[data-testid="hot-topics-heat-map"]')?.getAttribute('data-heat'));
        return n > 0 && n < total;
      },
      all,
      { timeout: 30_000 },
    );
    const unit = new URL(page.url()).searchParams.get('unit') ?? (await defaultUnit(page));
    const heat = (await (await page.request.get(`${server.url}/api/appeals/hot-topics/units/${unit}/heat?term=${encodeURIComponent(term)}`)).json()) as {
      cells: Array<{ lat: number; lng: number }>;
    };
    const places = (await (await page.request.get(`${server.url}/api/org/map`)).json()) as { units: Array<{ lat: number; lng: number }> };
    const placed = new Set(places.units.map((u) => `${u.lat},${u.lng}`));
    // Every cell is a place of the public map or a cell of three decimals (about 100 m), never an appeal's own point.
    for (const c of heat.cells) {
      const rounded = [c.lat, c.lng].every((v) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6);
      assert.ok(placed.has(`${c.lat},${c.lng}`) || rounded, `${c.lat},${c.lng} is a place or a cell`);
    }
    await page.context().close();
  });
});

async function defaultUnit(page: Page) {
  const options = (await (await page.request.get(`${server.url}/api/appeals/indicators/options`)).json()) as { defaultUnitId: number };
  return options.defaultUnitId;
}
