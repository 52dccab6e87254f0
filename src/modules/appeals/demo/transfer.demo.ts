import type { Core } from '../../../platform/core.js';
import type { DemoContext } from '../../../platform/module.js';
import { demoSecret } from '../transfer/transfer.partner.service.js';
import { HOTLINE_CODE } from '../transfer/transfer.service.js';
import * as repo from '../transfer/transfer.repository.js';

const HOTLINE_NAME = '12345市民服务热线';

/**
 * The demo district's 12345 hotline as a transfer partner: its secret derived from the deployment's data key,
 * without a callback address (there is no hotline to call back in a demo; set one to see callbacks go out).
 */
export async function seedHotlinePartner(ctx: DemoContext) {
  const district = (await repo.districtOf(ctx.core.db, ctx.districtId))!;
  const secret = demoSecret(ctx.core.crypto, district.code, HOTLINE_CODE);
  await repo.insertPartner(ctx.core.db, {
    district_id: ctx.districtId,
    code: HOTLINE_CODE,
    name: HOTLINE_NAME,
    secret_enc: ctx.core.crypto.encrypt(secret),
    callback_url: null,
  });
  ctx.log('transfer: 12345 hotline partner');
}

/** The demo hotline's secret, for each district where it is still the one set by the demo (not replaced). */
export async function transferDemoLines(core: Core): Promise<string[]> {
  const lines: string[] = [];
  for (const d of await core.db.selectFrom('district').select(['id', 'code']).orderBy('id').execute()) {
    const partner = await repo.partnerByCode(core.db, d.id, HOTLINE_CODE);
    if (!partner?.active) continue;
    const secret = demoSecret(core.crypto, d.code, HOTLINE_CODE);
    if (core.crypto.decrypt(partner.secret_enc) !== secret) continue;
    lines.push(`12345 热线互转密钥 / hotline transfer secret (X-Linli-District ${d.code}, X-Linli-Partner ${HOTLINE_CODE}): ${secret}`);
  }
  return lines;
}
