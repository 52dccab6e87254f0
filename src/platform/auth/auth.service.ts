import { createHash, randomBytes } from 'node:crypto';
import type { Core, Work } from '../core.js';
import type { Actor } from '../actor.js';
import { AppError, badRequest } from '../errors.js';
import { NO_SCOPE, type Scope } from '../scope.js';
import type { Locale } from '../i18n.js';
import type { Position } from './auth.types.js';
import type { PositionNames } from '../module.js';
import * as repo from './auth.repository.js';
import { isLoopbackHost } from '../config.js';
import { checkPasswordPolicy, hashPassword, verifyPassword, type PolicySubject } from './password.js';
import { loginDelayMs, loginSource } from './login.rules.js';
import { maskPhone, mobileOf } from '../crypto/phone.js';
import { TotpService } from './totp.service.js';
import { secondFactorRequired } from './totp.rules.js';
import type { SecondFactor } from './second-factor.schema.js';

// Verified against when there is no password to check (unknown or inactive account), so that every login
// answers after one argon2 verify and takes as long.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword('not-a-real-password-1A!'));

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
  /** How this session's login showed a second factor, or null. */
  secondFactor: SecondFactor | null;
  /** The account must show a second factor and this session has not: only enrolling one is open to it (decision 0015). */
  mustEnrollSecondFactor: boolean;
}

export interface OpenSessionOptions {
  /** The (name, source) pair whose failure count a complete login clears. */
  pair?: { name: string; source: string };
  /** The public demo password used on an address others can reach: the account must change it. */
  exposedDemo?: boolean;
  secondFactor?: SecondFactor | null;
  /** Added to the login's audit entry. */
  summary?: Record<string, unknown>;
  /** Runs in the session's transaction (a challenge ending, a recovery code used). */
  within?: (w: Work) => Promise<void>;
}

export class AuthService {
  /** Second factors: asked for after a right password; enrolled and removed by their holders. */
  readonly totp: TotpService;

  constructor(private readonly core: Core) {
    this.totp = new TotpService(core, this);
  }

  /** Names of the units, departments and grids a session's positions sit at (none without a territory module). */
  async positionNames(positions: Position[]): Promise<Map<number, PositionNames>> {
    return this.core.scopeResolver ? this.core.scopeResolver.describe(this.db, positions) : new Map();
  }

  private get db() {
    return this.core.db;
  }

  /** Waits before an attempt is checked; a test puts its own here to see the waits without spending them. */
  pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  /**
   * Failures are counted per (name as typed, client source): a stranger's wrong guesses delay and then lock
   * the stranger, not the account's owner at their own address. An unknown name, a wrong password and a
   * locked pair answer alike — same status, same body, one argon2 verify each — so that none tells which it
   * was (decision 0013).
   */
  async login(username: string, password: string, meta: { ip?: string; userAgent?: string; requestId: string; locale: Locale }) {
    const cfg = this.core.config;
    const source = loginSource(meta.ip);
    // A mobile number logs in the account that signed up with it. Its counters and audit entries name it by its
    // keyed hash and its mask: the number itself is personal data and stays out of both (decision 0005).
    const phone = mobileOf(username);
    const phoneHash = phone ? this.core.crypto.lookupHash(phone) : null;
    const name = phoneHash ? `phone:${phoneHash}` : username.toLowerCase();
    const typed = phone ? maskPhone(phone) : username.slice(0, 100);
    const user = (await repo.findUserByName(this.db, username)) ?? (phoneHash ? await repo.findUserByPhoneHash(this.db, phoneHash) : undefined);
    const now = new Date();
    const since = new Date(now.getTime() - cfg.lockoutMinutes * 60_000);
    // Counted before the password is checked, so that guesses sent at once cannot all pass under the limit.
    const attempt = await repo.countLoginAttempt(this.db, name, source, now, since);
    const wait = loginDelayMs(attempt.failures - 1, cfg);
    if (wait) await this.pause(wait);
    const ok = await verifyPassword(user?.active ? user.password_hash : await dummy(), password);
    const locked = (attempt.lockedUntil !== null && attempt.lockedUntil > now) || attempt.failures > cfg.lockoutFailures;
    const actor = this.loginActor(user?.id ?? 0, user?.username ?? typed, meta.requestId, meta.locale);
    if (!ok || !user?.active || locked) {
      const lockedUntil = !locked && attempt.failures >= cfg.lockoutFailures ? new Date(now.getTime() + cfg.lockoutMinutes * 60_000) : null;
      await this.core.mutate(actor, async (w) => {
        if (lockedUntil) await repo.lockLoginPair(w.db, name, source, lockedUntil);
        await repo.pruneLoginFailures(w.db, since, now);
        await w.audit({
          action: lockedUntil ? 'auth.locked' : 'auth.login_failed',
          targetType: 'user',
          targetId: user?.id ?? null,
          districtId: user?.district_id ?? null,
          summary: {
            ip: meta.ip,
            ...(user ? {} : { username: typed }),
            ...(locked ? { locked: true } : {}),
            ...(lockedUntil ? { lockedUntil } : {}),
          },
        });
      });
      throw new AppError('AUTH_INVALID', 401);
    }
    // The demo password is public: on an address others can reach, it opens an account only to be changed.
    const exposedDemo = user.is_demo && !user.must_change_password && !isLoopbackHost(cfg.host) && password === cfg.demoPassword;
    // With a second factor, the right password opens no session yet but a challenge waiting for the code; the
    // pair's count stays until the code is right (decision 0015).
    if (await this.totp.enrolled(user.id)) {
      if (exposedDemo) await repo.requirePasswordChange(this.db, user.id);
      return this.totp.challenge(actor, user.id, { name, source }, 'password', meta);
    }
    return this.openSession(user, actor, meta, { pair: { name, source }, exposedDemo });
  }

  /**
   * Opens the session of a complete login: a right password and, when the account has one, its second factor;
   * or the identity provider's word.
   */
  async openSession(user: { id: number }, actor: Actor, meta: { ip?: string; userAgent?: string }, opts: OpenSessionOptions = {}) {
    const token = randomBytes(32).toString('base64url');
    const positions = await repo.activePositions(this.db, user.id);
    await this.core.mutate(actor, async (w) => {
      if (opts.pair) await repo.clearLoginPair(w.db, opts.pair.name, opts.pair.source);
      if (opts.exposedDemo) await repo.requirePasswordChange(w.db, user.id);
      await opts.within?.(w);
      await repo.insertSession(w.db, {
        id: hashToken(token),
        user_id: user.id,
        position_id: positions[0]?.id ?? null,
        csrf_token: randomBytes(24).toString('base64url'),
        last_seen_at: new Date(),
        ip: meta.ip ?? null,
        user_agent: meta.userAgent?.slice(0, 300) ?? null,
        second_factor: opts.secondFactor ?? null,
      });
      await w.audit({
        action: 'auth.login',
        targetType: 'user',
        targetId: user.id,
        summary: { ip: meta.ip, ...(opts.secondFactor ? { secondFactor: opts.secondFactor } : {}), ...opts.summary },
      });
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
      secondFactor: (session.second_factor as SecondFactor | null) ?? null,
      mustEnrollSecondFactor: !session.second_factor && secondFactorRequired(this.core.config, positions, user.is_demo),
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
    // A role no module of this deployment declares (its module was removed) reaches nothing.
    if (!this.core.roles.has(position.role)) return { ...NO_SCOPE, districtId: position.districtId };
    const kind = this.core.roles.get(position.role).scopeKind;
    if (kind === 'deployment') {
      return { all: true, districtId: position.districtId, paths: [], departmentId: null, gridId: null };
    }
    const resolver = this.core.scopeResolver;
    if (!resolver) return { ...NO_SCOPE, districtId: position.districtId };
    if (resolver.territory && territory != null) return resolver.territory.scopeOf(position, territory, kind);
    return resolver.resolve(this.db, position, kind);
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
    assertPolicy(next, await policySubject(this.db, { username: user.username, displayName: user.display_name, districtId: user.district_id }));
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

export function assertPolicy(password: string, who: string | PolicySubject = {}) {
  const policy = checkPasswordPolicy(password, typeof who === 'string' ? { username: who } : who);
  if (!policy.ok) throw badRequest('PASSWORD_POLICY', {}, { problems: policy.problems });
}

/** The names a user's password may not borrow: their own and their district's. */
export async function policySubject(db: Core['db'], user: { username: string; displayName: string; districtId: number | null }): Promise<PolicySubject> {
  return { username: user.username, displayName: user.displayName, districtName: await repo.districtName(db, user.districtId) };
}
