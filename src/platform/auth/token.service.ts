import { randomBytes } from 'node:crypto';
import type { Core } from '../core.js';
import type { Actor } from '../actor.js';
import { AppError, badRequest, notFound } from '../errors.js';
import { hashToken, type AuthService, type SessionState } from './auth.service.js';
import * as repo from './auth.repository.js';

export const TOKEN_PREFIX = 'llt_';

/**
 * API tokens for systems (a department's system reading shared base data): a token acts as the position it
 * was issued from, limited to the permissions it names, until it expires or is revoked. Only its hash is kept.
 */
export class TokenService {
  constructor(
    private readonly core: Core,
    private readonly auth: AuthService,
  ) {}

  async issue(actor: Actor, input: { name: string; permissions: string[]; days: number }) {
    if (!actor.positionId) throw new AppError('FORBIDDEN', 403, { action: 'token' });
    const missing = input.permissions.filter((p) => !this.core.permissions.has(p) || !this.core.can(actor, p));
    if (missing.length || !input.permissions.length) throw badRequest('TOKEN_PERMISSIONS', { missing: missing.join(', ') || '—' });
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const row = await this.core.mutate(actor, async (w) => {
      const r = await w.db
        .insertInto('api_token')
        .values({ position_id: actor.positionId!, name: input.name, token_hash: hashToken(token), permissions: input.permissions, created_by: actor.userId, expires_at: new Date(Date.now() + input.days * 86_400_000) })
        .returningAll()
        .executeTakeFirstOrThrow();
      await w.audit({ action: 'auth.token.issue', targetType: 'api_token', targetId: r.id, unitPath: actor.scope.paths[0] ?? null, summary: { name: input.name, permissions: input.permissions, expiresAt: r.expires_at } });
      return r;
    });
    return { token, row };
  }

  list(actor: Actor) {
    return this.core.db.selectFrom('api_token').selectAll().where('created_by', '=', actor.userId).orderBy('id', 'desc').execute();
  }

  async revoke(actor: Actor, id: number) {
    await this.core.mutate(actor, async (w) => {
      const r = await w.db.updateTable('api_token').set({ revoked_at: new Date() }).where('id', '=', id).where('created_by', '=', actor.userId).where('revoked_at', 'is', null).returning('id').executeTakeFirst();
      if (!r) throw notFound('api_token');
      await w.audit({ action: 'auth.token.revoke', targetType: 'api_token', targetId: id, summary: {} });
    });
  }

  /** The state a token stands for, or why it stands for none. */
  async resolve(token: string): Promise<SessionState & { limitedTo: Set<string> }> {
    const row = await this.core.db.selectFrom('api_token').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
    if (!row || row.revoked_at || row.expires_at < new Date()) throw new AppError('UNAUTHENTICATED', 401);
    const position = (await this.core.db.selectFrom('position').selectAll().where('id', '=', row.position_id).where('ended_at', 'is', null).executeTakeFirst());
    if (!position) throw new AppError('UNAUTHENTICATED', 401);
    const user = await repo.findUser(this.core.db, position.user_id);
    if (!user || !user.active) throw new AppError('UNAUTHENTICATED', 401);
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
      await this.core.db.updateTable('api_token').set({ last_used_at: new Date() }).where('id', '=', row.id).execute();
    }
    const pos = repo.toPosition(position);
    return {
      sessionId: `token:${row.id}`,
      userId: user.id,
      userName: `${user.display_name}（${row.name}）`,
      displayName: user.display_name,
      mustChangePassword: false,
      isDemo: user.is_demo,
      positions: [pos],
      position: pos,
      scope: await this.auth.scopeOf(pos),
      csrfToken: '',
      // Issued from a session that had passed the second-factor rule; a token is a system's, with no code to show.
      secondFactor: null,
      mustEnrollSecondFactor: false,
      limitedTo: new Set(row.permissions),
    };
  }
}
