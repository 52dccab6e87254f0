import { randomBytes } from 'node:crypto';
import type { Core } from '../../../platform/core.js';
import type { Actor } from '../../../platform/actor.js';
import type { FieldCrypto } from '../../../platform/crypto/field-crypto.js';
import { AppError, badRequest, conflict, notFound } from '../../../platform/errors.js';
import { APPEALS } from '../appeals.policy.js';
import * as repo from './transfer.repository.js';

/** After this many failed deliveries a callback is given up (about a day and a half with the backoff). */
export const MAX_ATTEMPTS = 12;

export interface PartnerInput {
  code: string;
  name: string;
  callbackUrl?: string | null;
  secret?: string | null;
}

/**
 * The platforms a district exchanges orders with (工单互转): the 12345 hotline, the city operations platform.
 * Each shares an HMAC secret with us, kept encrypted at rest (core.crypto) because we need it in clear to sign
 * and to check; it is shown once, when set. District staff manage them.
 */
export class TransferPartnerService {
  constructor(private readonly core: Core) {}

  async list(actor: Actor) {
    this.core.assert(actor, APPEALS.configure);
    return repo.partnersOf(this.core.db, this.districtOf(actor), MAX_ATTEMPTS);
  }

  /**
   * The district's active partners by code and name, for whoever sends orders out or imports hotline files
   * (street staff among them, who do not manage partners and see none of their addresses or failures).
   */
  async choices(actor: Actor) {
    this.core.assert(actor, APPEALS.transfer);
    const rows = await repo.activePartners(this.core.db, this.districtOf(actor));
    return rows.map((p) => ({ code: p.code, name: p.name, transferOut: p.callback_url !== null }));
  }

  async create(actor: Actor, input: PartnerInput) {
    this.core.assert(actor, APPEALS.configure);
    const districtId = this.districtOf(actor);
    const code = input.code.trim();
    if (!CODE.test(code)) throw badRequest('TRANSFER_PARTNER_CODE', { code });
    const callbackUrl = checkUrl(input.callbackUrl);
    const secret = input.secret?.trim() || newSecret();
    checkSecret(secret);
    return this.core.mutate(actor, async (w) => {
      if (await repo.partnerByCode(w.db, districtId, code)) throw conflict('TRANSFER_PARTNER_CODE_TAKEN', { code });
      const partner = await repo.insertPartner(w.db, {
        district_id: districtId,
        code,
        name: input.name.trim(),
        secret_enc: this.core.crypto.encrypt(secret),
        callback_url: callbackUrl,
      });
      await w.audit({
        action: 'appeals.transfer_partner.create',
        targetType: 'transfer_partner',
        targetId: partner.id,
        districtId,
        summary: { code, name: partner.name, callbackUrl },
      });
      return { partner, secret };
    });
  }

  async update(actor: Actor, id: number, input: { name?: string; callbackUrl?: string | null; active?: boolean }) {
    this.core.assert(actor, APPEALS.configure);
    const districtId = this.districtOf(actor);
    const callbackUrl = input.callbackUrl === undefined ? undefined : checkUrl(input.callbackUrl);
    return this.core.mutate(actor, async (w) => {
      const before = await repo.findPartner(w.db, districtId, id);
      if (!before) throw notFound('transfer_partner');
      const patch = {
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(callbackUrl !== undefined ? { callback_url: callbackUrl } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      };
      // A patch that names nothing changes nothing (and an UPDATE with no column would not be SQL).
      if (Object.keys(patch).length === 0) return before;
      const after = await repo.updatePartner(w.db, id, patch);
      await w.audit({
        action: 'appeals.transfer_partner.update',
        targetType: 'transfer_partner',
        targetId: id,
        districtId,
        summary: {
          before: { name: before.name, callbackUrl: before.callback_url, active: before.active },
          after: { name: after.name, callbackUrl: after.callback_url, active: after.active },
        },
      });
      return after;
    });
  }

  /** A new secret (given, or made here), shown this once; the old one stops working at once. */
  async rotateSecret(actor: Actor, id: number, given?: string | null) {
    this.core.assert(actor, APPEALS.configure);
    const districtId = this.districtOf(actor);
    const secret = given?.trim() || newSecret();
    checkSecret(secret);
    return this.core.mutate(actor, async (w) => {
      if (!(await repo.findPartner(w.db, districtId, id))) throw notFound('transfer_partner');
      const partner = await repo.updatePartner(w.db, id, { secret_enc: this.core.crypto.encrypt(secret) });
      await w.audit({
        action: 'appeals.transfer_partner.rotate_secret',
        targetType: 'transfer_partner',
        targetId: id,
        districtId,
        summary: { code: partner.code },
      });
      return { partner, secret };
    });
  }

  private districtOf(actor: Actor): number {
    if (!actor.scope.districtId) throw notFound('district');
    return actor.scope.districtId;
  }
}

/** Partner codes go into HTTP headers and into orders' source_system: short, ASCII, no separators. */
const CODE = /^[A-Za-z0-9_-]{2,32}$/;

const newSecret = () => randomBytes(32).toString('hex');

function checkSecret(secret: string) {
  if (secret.length < 32 || secret.length > 200 || !/^[\x21-\x7e]+$/.test(secret)) throw badRequest('TRANSFER_SECRET_WEAK');
}

function checkUrl(url: string | null | undefined): string | null {
  const u = url?.trim();
  if (!u) return null;
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    throw new AppError('TRANSFER_CALLBACK_URL', 400, { url: u.slice(0, 100) });
  }
  if (!(parsed.protocol === 'https:' || parsed.protocol === 'http:') || u.length > 500 || parsed.username || parsed.password)
    throw new AppError('TRANSFER_CALLBACK_URL', 400, { url: u.slice(0, 100) });
  return u;
}

/** The demo hotline's secret, derived like the demo Open311 key: the same at every start of the same data. */
export function demoSecret(crypto: FieldCrypto, districtCode: string, partnerCode: string): string {
  return Buffer.from(crypto.lookupHash(`linli-demo-transfer-secret-${districtCode}-${partnerCode}`), 'base64url').toString('hex');
}
