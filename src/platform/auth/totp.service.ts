import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { Core } from '../core.js';
import type { Actor } from '../actor.js';
import { AppError, badRequest, conflict, forbidden } from '../errors.js';
import { NO_SCOPE } from '../scope.js';
import type { Locale } from '../i18n.js';
import { hashToken, type AuthService, type SessionState } from './auth.service.js';
import * as authRepo from './auth.repository.js';
import * as repo from './totp.repository.js';
import { verifyPassword } from './password.js';
import { loginDelayMs } from './login.rules.js';
import type { SecondFactor } from './second-factor.schema.js';
import {
  CHALLENGE_ATTEMPTS,
  CHALLENGE_TTL_MS,
  canonicalRecoveryCode,
  codeStep,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  secondFactorRequired,
} from './totp.rules.js';
import './second-factor.messages.js';

/** What the first step of a login answers when the account has a second factor: no session yet, a challenge. */
export interface SecondStep {
  /** The challenge's token: the browser keeps it in an httpOnly cookie, a system client in the body. */
  challenge: string;
  expiresAt: Date;
}

export interface LoginMeta {
  ip?: string;
  userAgent?: string;
  requestId: string;
  locale: Locale;
}

/**
 * Second factors by TOTP (RFC 6238) with recovery codes (decision 0015): a user's own enrollment, its use at
 * login, and its removal. The secret is encrypted with the data key; recovery codes are kept as keyed hashes.
 */
export class TotpService {
  constructor(
    private readonly core: Core,
    private readonly auth: AuthService,
  ) {}

  /** Waits before a code is checked, as a password's check waits; a test puts its own here. */
  pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  private get db() {
    return this.core.db;
  }

  /** Whether logging in to this account asks for a code. */
  enrolled(userId: number) {
    return repo.hasConfirmedTotp(this.db, userId);
  }

  /** The holder's own settings page: what is on, how many recovery codes are left, and whether their roles require it. */
  async status(actor: Actor, state: SessionState) {
    this.assertOwn(actor);
    const row = await repo.findTotp(this.db, state.userId);
    return {
      enabled: !!row?.confirmed_at,
      pending: !!row && !row.confirmed_at,
      confirmedAt: row?.confirmed_at ?? null,
      recoveryCodesLeft: row?.confirmed_at ? await repo.recoveryCodesLeft(this.db, state.userId) : 0,
      required: secondFactorRequired(this.core.config, state.positions, state.isDemo),
    };
  }

  /** A new secret, waiting for its first code: the key to type, the URI and its QR code (made here, never by a service elsewhere). */
  async setup(actor: Actor, state: SessionState) {
    this.assertOwn(actor);
    const secret = newTotpSecret();
    await this.core.mutate(actor, async (w) => {
      if (!(await repo.savePendingTotp(w.db, state.userId, this.core.crypto.encrypt(secret)))) throw conflict('TOTP_ALREADY_ENABLED');
      await w.audit({ action: 'auth.totp.setup', targetType: 'user', targetId: state.userId, summary: {} });
    });
    const uri = otpauthUri(secret, state.userName);
    const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  }

  /**
   * The first right code turns the secret on and returns ten recovery codes, shown this once. Other sessions of the
   * account were opened without the second factor: they end; this one counts as having shown it.
   */
  async confirm(actor: Actor, state: SessionState, code: string) {
    this.assertOwn(actor);
    const row = await repo.findTotp(this.db, state.userId);
    if (!row) throw conflict('TOTP_NOT_STARTED');
    if (row.confirmed_at) throw conflict('TOTP_ALREADY_ENABLED');
    const step = await codeStep(this.core.crypto.decrypt(row.secret), code, row.last_step);
    if (step === null) throw badRequest('TOTP_CODE_WRONG');
    const codes = newRecoveryCodes();
    await this.core.mutate(actor, async (w) => {
      if (!(await repo.confirmTotp(w.db, state.userId, step))) throw conflict('TOTP_ALREADY_ENABLED');
      await repo.replaceRecoveryCodes(
        w.db,
        state.userId,
        codes.map((c) => this.recoveryHash(c)),
      );
      await repo.setSessionSecondFactor(w.db, state.sessionId, 'totp');
      await authRepo.endUserSessions(w.db, state.userId, state.sessionId);
      await w.audit({ action: 'auth.totp.enabled', targetType: 'user', targetId: state.userId, summary: { recoveryCodes: codes.length } });
    });
    return { recoveryCodes: codes };
  }

  /** Ten new recovery codes for a current code; the old ones stop working. */
  async renewRecoveryCodes(actor: Actor, state: SessionState, code: string) {
    this.assertOwn(actor);
    const row = await repo.findTotp(this.db, state.userId);
    if (!row?.confirmed_at) throw conflict('TOTP_NOT_ENABLED');
    const step = await codeStep(this.core.crypto.decrypt(row.secret), code, row.last_step);
    if (step === null || !(await repo.takeStep(this.db, state.userId, step))) throw badRequest('TOTP_CODE_WRONG');
    const codes = newRecoveryCodes();
    await this.core.mutate(actor, async (w) => {
      await repo.replaceRecoveryCodes(
        w.db,
        state.userId,
        codes.map((c) => this.recoveryHash(c)),
      );
      await w.audit({ action: 'auth.totp.recovery_codes_renewed', targetType: 'user', targetId: state.userId, summary: { recoveryCodes: codes.length } });
    });
    return { recoveryCodes: codes };
  }

  /**
   * Turns the second factor off, for the password and a code (or a recovery code): a session left open on a
   * shared computer is not enough. Refused to those whose roles require it: an administrator resets it instead.
   */
  async disable(actor: Actor, state: SessionState, password: string, code: string) {
    this.assertOwn(actor);
    if (secondFactorRequired(this.core.config, state.positions, state.isDemo)) throw conflict('TOTP_REQUIRED_FOR_ROLE');
    const row = await repo.findTotp(this.db, state.userId);
    if (!row?.confirmed_at) throw conflict('TOTP_NOT_ENABLED');
    const user = await authRepo.findUser(this.db, state.userId);
    if (!user || !(await verifyPassword(user.password_hash, password))) throw badRequest('PASSWORD_WRONG');
    const used = await this.takeFactor(state.userId, row, code, code);
    if (!used) throw badRequest('TOTP_CODE_WRONG');
    await this.core.mutate(actor, async (w) => {
      await repo.removeSecondFactor(w.db, state.userId);
      await w.audit({ action: 'auth.totp.disabled', targetType: 'user', targetId: state.userId, summary: { with: used } });
    });
  }

  /**
   * After a right password (or an identity provider's word without a second factor of its own): a challenge that
   * any server process can finish, for a few minutes and a few codes.
   */
  async challenge(
    actor: Actor,
    userId: number,
    pair: { name: string; source: string },
    method: 'password' | 'oidc',
    meta: { ip?: string },
  ): Promise<SecondStep> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
    await this.core.mutate(actor, async (w) => {
      await repo.pruneChallenges(w.db, now);
      await repo.insertChallenge(w.db, { id: hashToken(token), user_id: userId, username: pair.name, source: pair.source, method, expires_at: expiresAt });
      await w.audit({ action: 'auth.second_factor_asked', targetType: 'user', targetId: userId, summary: { ip: meta.ip, method } });
    });
    return { challenge: token, expiresAt };
  }

  /**
   * The second step of a login: a code or a recovery code for a live challenge opens the session. A wrong one
   * counts against the challenge and, like a wrong password, against the (name, source) pair: its delays and its
   * lock apply, so a stolen password buys a handful of guesses, not a million.
   */
  async complete(token: string, input: { code?: string; recoveryCode?: string }, meta: LoginMeta): Promise<string> {
    const cfg = this.core.config;
    if (!input.code?.trim() && !input.recoveryCode?.trim()) throw badRequest('SECOND_FACTOR_MISSING');
    const now = new Date();
    const ch = await repo.takeChallengeAttempt(this.db, hashToken(token), now, CHALLENGE_ATTEMPTS);
    if (!ch) throw new AppError('LOGIN_CHALLENGE_ENDED', 401);
    const user = await authRepo.findUser(this.db, ch.user_id);
    const row = await repo.findTotp(this.db, ch.user_id);
    const actor = loginActor(ch.user_id, user?.username ?? ch.username, meta);
    if (!user?.active || !row?.confirmed_at) {
      await repo.deleteChallenge(this.db, ch.id);
      throw new AppError('LOGIN_CHALLENGE_ENDED', 401);
    }
    const since = new Date(now.getTime() - cfg.lockoutMinutes * 60_000);
    const attempt = await authRepo.countLoginAttempt(this.db, ch.username, ch.source, now, since);
    const wait = loginDelayMs(attempt.failures - 1, cfg);
    if (wait) await this.pause(wait);
    const locked = (attempt.lockedUntil !== null && attempt.lockedUntil > now) || attempt.failures > cfg.lockoutFailures;
    const used = locked ? null : await this.takeFactor(user.id, row, input.code, input.recoveryCode);
    if (!used) {
      const lockedUntil = !locked && attempt.failures >= cfg.lockoutFailures ? new Date(now.getTime() + cfg.lockoutMinutes * 60_000) : null;
      const ended = locked || !!lockedUntil || ch.attempts >= CHALLENGE_ATTEMPTS;
      await this.core.mutate(actor, async (w) => {
        if (lockedUntil) await authRepo.lockLoginPair(w.db, ch.username, ch.source, lockedUntil);
        if (ended) await repo.deleteChallenge(w.db, ch.id);
        await w.audit({
          action: lockedUntil ? 'auth.locked' : 'auth.second_factor_failed',
          targetType: 'user',
          targetId: user.id,
          districtId: user.district_id,
          summary: {
            ip: meta.ip,
            with: input.code?.trim() ? 'totp' : 'recovery',
            ...(locked ? { locked: true } : {}),
            ...(lockedUntil ? { lockedUntil } : {}),
          },
        });
      });
      if (ended) throw new AppError('LOGIN_CHALLENGE_ENDED', 401);
      throw new AppError('SECOND_FACTOR_INVALID', 401, { left: CHALLENGE_ATTEMPTS - ch.attempts });
    }
    return this.auth.openSession(user, actor, meta, {
      pair: { name: ch.username, source: ch.source },
      secondFactor: used,
      summary: ch.method === 'oidc' ? { via: 'oidc' } : {},
      within: async (w) => {
        await repo.deleteChallenge(w.db, ch.id);
        if (used === 'recovery') {
          const left = await repo.recoveryCodesLeft(w.db, user.id);
          await w.audit({ action: 'auth.totp.recovery_used', targetType: 'user', targetId: user.id, summary: { ip: meta.ip, left } });
        }
      },
    });
  }

  /**
   * Takes a code or a recovery code of the account, each only once: a TOTP code by its time step, a recovery
   * code by marking it used. Says which it was, or null when neither was right.
   */
  private async takeFactor(
    userId: number,
    row: { secret: string; last_step: number | null },
    code?: string,
    recoveryCode?: string,
  ): Promise<SecondFactor | null> {
    if (code?.trim()) {
      const step = await codeStep(this.core.crypto.decrypt(row.secret), code, row.last_step);
      if (step !== null && (await repo.takeStep(this.db, userId, step))) return 'totp';
    }
    const canonical = recoveryCode?.trim() ? canonicalRecoveryCode(recoveryCode) : null;
    if (canonical && (await repo.takeRecoveryCode(this.db, userId, this.recoveryHash(canonical)))) return 'recovery';
    return null;
  }

  /** Keyed with the data key: a copy of the table alone cannot be searched for the codes. */
  private recoveryHash(code: string) {
    return this.core.crypto.lookupHash(`recovery-code:${canonicalRecoveryCode(code) ?? code}`);
  }

  /** An API token acts for its holder in what it names, never to change how its holder logs in. */
  private assertOwn(actor: Actor) {
    if (actor.limitedTo) throw forbidden('auth.totp');
  }
}

/** Who a login acts as before it has a session: the account, with no position and no reach. */
export function loginActor(userId: number, userName: string, meta: { requestId: string; locale: Locale }): Actor {
  return { userId, userName, positionId: null, role: null, scope: NO_SCOPE, requestId: meta.requestId, locale: meta.locale };
}
