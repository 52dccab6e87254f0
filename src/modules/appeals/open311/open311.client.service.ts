import { randomBytes } from 'node:crypto';
import type { Core } from '../../../platform/core.js';
import type { Actor } from '../../../platform/actor.js';
import type { FieldCrypto } from '../../../platform/crypto/field-crypto.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { APPEALS } from '../appeals.policy.js';
import * as repo from './open311.repository.js';

/**
 * Open311 API keys (api_key): one per outside client, issued by district staff. Only a keyed hash of the key
 * is kept (core.crypto.lookupHash), with its last characters as a hint, so a stolen database gives no key;
 * the key itself is shown once, when it is made.
 */
export class Open311ClientService {
  constructor(private readonly core: Core) {}

  async list(actor: Actor) {
    this.core.assert(actor, APPEALS.configure);
    return repo.clientsOf(this.core.db, this.districtOf(actor));
  }

  async create(actor: Actor, name: string) {
    this.core.assert(actor, APPEALS.configure);
    const districtId = this.districtOf(actor);
    const key = newKey();
    const client = await this.core.mutate(actor, async (w) => {
      const row = await repo.insertClient(w.db, {
        district_id: districtId,
        name: name.trim(),
        key_hash: this.core.crypto.lookupHash(key),
        key_hint: hintOf(key),
      });
      await w.audit({
        action: 'appeals.open311_client.create',
        targetType: 'open311_client',
        targetId: row.id,
        districtId,
        summary: { name: row.name, keyHint: row.key_hint },
      });
      return row;
    });
    return { client, key };
  }

  async revoke(actor: Actor, id: number) {
    this.core.assert(actor, APPEALS.configure);
    const districtId = this.districtOf(actor);
    return this.core.mutate(actor, async (w) => {
      const found = await repo.findClient(w.db, districtId, id);
      if (!found) throw notFound('open311_client');
      if (found.revoked_at) return found;
      const row = (await repo.revokeClient(w.db, id))!;
      await w.audit({
        action: 'appeals.open311_client.revoke',
        targetType: 'open311_client',
        targetId: id,
        districtId,
        summary: { name: row.name, keyHint: row.key_hint },
      });
      return row;
    });
  }

  /** The client a presented api_key belongs to; a missing, unknown or revoked key is refused alike. */
  async authenticate(apiKey: string | undefined | null) {
    const key = apiKey?.trim();
    if (!key) throw new AppError('OPEN311_API_KEY', 403);
    const client = await repo.clientByKeyHash(this.core.db, this.core.crypto.lookupHash(key));
    if (!client) throw new AppError('OPEN311_API_KEY', 403);
    return client;
  }

  private districtOf(actor: Actor): number {
    if (!actor.scope.districtId) throw notFound('district');
    return actor.scope.districtId;
  }
}

/** 160 random bits as 40 hex digits: typed or pasted without ambiguity, and the same under the hash's case folding. */
const newKey = () => randomBytes(20).toString('hex');

export const hintOf = (key: string) => `…${key.slice(-4)}`;

/**
 * The demo client's key, derived from the deployment's data key and the district: the same at every start of
 * the same data, printed beside the demo accounts, and stored like any other key (as a keyed hash only).
 */
export function demoApiKey(crypto: FieldCrypto, districtCode: string): string {
  return Buffer.from(crypto.lookupHash(`linli-demo-open311-api-key-${districtCode}`), 'base64url')
    .toString('hex')
    .slice(0, 40);
}
