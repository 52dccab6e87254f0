import { randomBytes } from 'node:crypto';
import type { Core } from '../core.js';
import type { Actor } from '../actor.js';
import { AppError, badRequest, notFound } from '../errors.js';
import { hashToken, type AuthService, type SessionState } from './auth.service.js';
import * as repo from './auth.repository.js';
import * as tokens from './token.repository.js';

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
      const r = await tokens.insertToken(w.db, {
        position_id: actor.positionId!,
        name: input.name,
        token_hash: hashToken(token),
        permissions: input.permissions,
        created_by: actor.userId,
        expires_at: new Date(Date.now() + input.days * 86_400_000),
      });
      await w.audit({
        action: 'auth.token.issue',
        targetType: 'api_token',
        targetId: r.id,
        unitPath: actor.scope.paths[0] ?? null,
        summary: { name: input.name, permissions: input.permissions, expiresAt: r.expires_at },
      });
      return r;
    });
    return { token, row };
  }

  list(actor: Actor) {
    return tokens.tokensOf(this.core.db, actor.userId);
  }

  async revoke(actor: Actor, id: number) {
    await this.core.mutate(actor, async (w) => {
      if (!(await tokens.revokeOwn(w.db, id, actor.userId, new Date()))) throw notFound('api_token');
      await w.audit({ action: 'auth.token.revoke', targetType: 'api_token', targetId: id, summary: {} });
    });
  }

  /** The state a token stands for, or why it stands for none. */
  async resolve(token: string): Promise<SessionState & { limitedTo: Set<string> }> {
    const row = await tokens.findByHash(this.core.db, hashToken(token));
    if (!row || row.revoked_at || row.expires_at < new Date()) throw new AppError('UNAUTHENTICATED', 401);
    const position = await tokens.livePosition(this.core.db, row.position_id);
    if (!position) throw new AppError('UNAUTHENTICATED', 401);
    const user = await repo.findUser(this.core.db, position.user_id);
    if (!user?.active) throw new AppError('UNAUTHENTICATED', 401);
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
      await tokens.markUsed(this.core.db, row.id, new Date());
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
