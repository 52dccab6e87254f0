import type { Core } from '../../../platform/core.js';
import type { DemoContext } from '../../../platform/module.js';
import { demoApiKey, hintOf } from '../open311/open311.client.service.js';
import * as repo from '../open311/open311.repository.js';

const DEMO_CLIENT = 'Open311 演示客户端 / Open311 demo client';

/** The demo district's Open311 client, its key derived from the deployment's data key (see demoApiKey). */
export async function seedOpen311Client(ctx: DemoContext) {
  const district = (await repo.districtById(ctx.core.db, ctx.districtId))!;
  const key = demoApiKey(ctx.core.crypto, district.code);
  await repo.insertClient(ctx.core.db, { district_id: ctx.districtId, name: DEMO_CLIENT, key_hash: ctx.core.crypto.lookupHash(key), key_hint: hintOf(key) });
  ctx.log('open311: 1 demo client');
}

/** `Open311 api_key: KEY` for each district whose demo key still works (not revoked). */
export async function open311DemoLines(core: Core): Promise<string[]> {
  const lines: string[] = [];
  const all = await repo.districts(core.db);
  for (const d of all) {
    const key = demoApiKey(core.crypto, d.code);
    if (!(await repo.clientByKeyHash(core.db, core.crypto.lookupHash(key)))) continue;
    lines.push(`Open311 GeoReport v2: /open311/v2 (jurisdiction_id ${d.code}, ${d.name})`);
    lines.push(`Open311 api_key: ${key}`);
  }
  return lines;
}
