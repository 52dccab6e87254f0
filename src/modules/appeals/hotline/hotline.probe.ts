import type { NaturalKeyProbe } from '../../../platform/http/access.js';
import { findByExternalId } from '../orders/order.repository.js';

/**
 * The hotline import as the scope test sends it: a one-row file carrying the number of an order beyond the
 * caller (key: partner code, a colon, the partner's order number), in the order's own category so that the row
 * passes its checks and reaches the lookup by number.
 */
export const hotlineImportByNumber: NaturalKeyProbe = {
  resource: 'appeal_order',
  async send(ctx) {
    const at = ctx.key.indexOf(':');
    const partner = ctx.key.slice(0, at);
    const orderNo = ctx.key.slice(at + 1);
    const order = ctx.scope.districtId ? await findByExternalId(ctx.db, ctx.scope.districtId, partner, orderNo) : undefined;
    const csv = [
      '工单编号,受理时间,问题分类,诉求内容,事发地址,来电人,来电号码,紧急程度,办理时限',
      `${orderNo},2026-01-05 09:30,${order?.category_code ?? 'P0101'},范围探测,范围探测地址,,,,`,
    ].join('\r\n');
    return ctx.request({
      method: 'POST',
      url: `/api/appeals/transfer/hotline-import?partner=${encodeURIComponent(partner)}&dryRun=false`,
      file: { field: 'file', name: 'probe.csv', type: 'text/csv', bytes: Buffer.from(`\uFEFF${csv}\r\n`) },
    });
  },
};
