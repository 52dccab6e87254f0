import { createHash, randomBytes } from 'node:crypto';
import type { Core } from '../core.js';
import type { Actor } from '../actor.js';
import { AppError, badRequest } from '../errors.js';
import { NO_SCOPE, type Scope } from '../scope.js';
import { roleDef } from '../roles.js';
import type { Locale } from '../i18n.js';
import type { Position } from './auth.types.js';
import * as repo from './auth.repository.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password.js';

// Verified against when the username is unknown, so both failures take the same time.
let dummyHash: Promise<string> | undefined;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionState {
  sessionId: string;
  userId: number;
  userName: string;
  displayName: string;
  mustChangePassword: boolean;
  isDemo: boolean;
  positions: Position[];
  position: Position | null;
  scope: Scope;
  csrfToken: string;
}

export class AuthService {
  constructor(private readonly core: Core) {}

  private get db() {
    return this.core.db;
  }

  async login(username: string, password: string, meta: { ip?: string; userAgent?: string; requestId: string; locale: Locale }) {
    const cfg = this.core.config;
    const user = await repo.findUserByName(this.db, username);
    if (!user || !user.active) {
      dummyHash ??= hashPassword('not-a-real-password-1A!');
      await verifyPassword(await dummyHash, password);
      throw new AppError('AUTH_INVALID', 401);
    }
    const actor = this.loginActor(user.id, user.username, meta.requestId, meta.locale);
    if (user.locked_until && user.locked_until > new Date()) {
      throw new AppError('AUTH_LOCKED', 423, { until: fmtTime(user.locked_until) }, { lockedUntil: user.locked_until.toISOString() });
    }
    if (!(await verifyPassword(user.password_hash, password))) {
      const lockedUntil = await this.core.mutate(actor, async (w) => {
        const until = await repo.recordFailedLogin(w.db, user.id, cfg.lockoutFailures, cfg.lockoutMinutes);
        await w.audit({ action: until ? 'auth.locked' : 'auth.login_failed', targetType: 'user', targetId: user.id, summary: { ip: meta.ip } });
        return until;
      });
      if (lockedUntil) throw new AppError('AUTH_LOCKED', 423, { until: fmtTime(lockedUntil) }, { lockedUntil: lockedUntil.toISOString() });
      throw new AppError('AUTH_INVALID', 401);
    }
    const token = randomBytes(32).toString('base64url');
    const positions = await repo.activePositions(this.db, user.id);
    await this.core.mutate(actor, async (w) => {
      await repo.clearFailures(w.db, user.id);
      await repo.insertSession(w.db, {
        id: hashToken(token),
        user_id: user.id,
        position_id: positions[0]?.id ?? null,
        csrf_token: randomBytes(24).toString('base64url'),
        last_seen_at: new Date(),
        ip: meta.ip ?? null,
        user_agent: meta.userAgent?.slice(0, 300) ?? null,
      });
      await w.audit({ action: 'auth.login', targetType: 'user', targetId: user.id, summary: { ip: meta.ip } });
    });
    return token;
  }

  /** The session behind a token, or an error saying why there is none. Idle sessions end here. */
  async resolve(token: string): Promise<SessionState> {
    const id = hashToken(token);
    const state = this.core.sessions.get(id) ?? (await this.lookup(id));
    if (!state) throw new AppError('UNAUTHENTICATED', 401);
    const { session, user, positions, territories } = state;
    const now = new Date();
    const idleMs = this.core.config.sessionIdleMinutes * 60_000;
    if (now.getTime() - session.last_seen_at.getTime() > idleMs) {
      await repo.endSession(this.db, id);
      throw new AppError('SESSION_EXPIRED', 401);
    }
    // One write a minute at most: enough precision for a 30-minute idle limit.
    if (now.getTime() - session.last_seen_at.getTime() > 60_000) {
      await repo.touchSession(this.db, id, now);
      this.core.sessions.update(id, (s) => ({ ...s, session: { ...s.session, last_seen_at: now } }));
    }
    if (!user.active) throw new AppError('UNAUTHENTICATED', 401);
    const position = positions.find((p) => p.id === session.position_id) ?? positions[0] ?? null;
    const scope = position ? await this.scopeOf(position, territories.get(position.id)) : NO_SCOPE;
    const maxAgeMs = this.core.config.passwordMaxAgeDays * 86_400_000;
    const expired = !user.is_demo && now.getTime() - user.password_changed_at.getTime() > maxAgeMs;
    return {
      sessionId: id,
      userId: user.id,
      userName: user.username,
      displayName: user.display_name,
      mustChangePassword: user.must_change_password || expired,
      isDemo: user.is_demo,
      positions,
      position,
      scope,
      csrfToken: session.csrf_token,
    };
  }

  /** The session from the database, kept for the next requests unless a change was heard meanwhile. */
  private async lookup(id: string) {
    const mark = this.core.sessions.mark();
    const state = await repo.findSessionState(this.db, id, this.core.scopeResolver?.territory?.column('p'));
    if (state) this.core.sessions.put(id, state.user.id, state, mark);
    return state;
  }

  /** A position's scope; given the territory the session lookup brought with it, without reading it again. */
  async scopeOf(position: Position, territory?: unknown): Promise<Scope> {
    if (roleDef(position.role).scopeKind === 'deployment') {
      return { all: true, districtId: position.districtId, paths: [], departmentId: null, gridId: null };
    }
    const resolver = this.core.scopeResolver;
    if (!resolver) return { ...NO_SCOPE, districtId: position.districtId };
    if (resolver.territory && territory != null) return resolver.territory.scopeOf(position, territory);
    return resolver.resolve(this.db, position);
  }

  async logout(actor: Actor, sessionId: string) {
    await this.core.mutate(actor, async (w) => {
      await repo.endSession(w.db, sessionId);
      await w.audit({ action: 'auth.logout', targetType: 'user', targetId: actor.userId });
    });
  }

  async switchPosition(actor: Actor, state: SessionState, positionId: number) {
    if (!state.positions.some((p) => p.id === positionId)) throw new AppError('NOT_FOUND', 404);
    await this.core.mutate(actor, async (w) => {
      await repo.setSessionPosition(w.db, state.sessionId, positionId);
      await w.audit({ action: 'auth.position_switched', targetType: 'position', targetId: positionId });
    });
  }

  async changePassword(actor: Actor, state: SessionState, current: string, next: string) {
    const user = await repo.findUser(this.db, state.userId);
    if (!user || !(await verifyPassword(user.password_hash, current))) throw badRequest('PASSWORD_WRONG');
    assertPolicy(next, user.username);
    if (await verifyPassword(user.password_hash, next)) throw badRequest('PASSWORD_REUSED');
    const hashed = await hashPassword(next);
    await this.core.mutate(actor, async (w) => {
      await repo.setPassword(w.db, user.id, hashed, false);
      // Other sessions of this user may have been opened with the old password: they end now.
      await repo.endUserSessions(w.db, user.id, state.sessionId);
      await w.audit({ action: 'auth.password_changed', targetType: 'user', targetId: user.id });
    });
  }

  private loginActor(userId: number, userName: string, requestId: string, locale: Locale): Actor {
    return { userId, userName, positionId: null, role: null, scope: NO_SCOPE, requestId, locale };
  }
}

export function assertPolicy(password: string, username?: string) {
  const policy = checkPasswordPolicy(password, username);
  if (!policy.ok) throw badRequest('PASSWORD_POLICY', {}, { problems: policy.problems });
}

function fmtTime(d: Date) {
  return d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
