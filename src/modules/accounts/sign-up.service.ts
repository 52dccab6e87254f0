import { randomBytes } from 'node:crypto';
import type { Core } from '../../platform/core.js';
import { AppError, badRequest } from '../../platform/errors.js';
import type { Locale } from '../../platform/i18n.js';
import { maskPhone, mobileOf } from '../../platform/crypto/phone.js';
import { hashPassword } from '../../platform/auth/password.js';
import { assertPolicy, AuthService } from '../../platform/auth/auth.service.js';
import { loginSource } from '../../platform/auth/login.rules.js';
import { loginActor } from '../../platform/auth/totp.service.js';
import { districtRoot } from '../org/index.js';
import { insertPosition, insertUser } from './user.repository.js';
import * as repo from './sign-up.repository.js';
import { SIGNED_UP } from './sign-up.role.js';
import {
  codeHash,
  districtOpen,
  newCode,
  sameCode,
  SIGN_UP_CODE_ATTEMPTS,
  SIGN_UP_CODE_MINUTES,
  SIGN_UP_RESEND_SECONDS,
  SIGN_UP_SENDS_PER_PHONE_HOUR,
  SIGN_UP_SENDS_PER_SOURCE_HOUR,
} from './sign-up.rules.js';

export interface SignUpMeta {
  ip?: string;
  userAgent?: string;
  requestId: string;
  locale: Locale;
}

const HOUR_MS = 3_600_000;

/**
 * Sign-up by phone (decision 0022): a code sent to the phone through the notification interface proves the
 * phone is the person's; with it, a password and their district they get an account that may ask their
 * committee to bind it to their house, and report. Asking for a code answers alike whether the phone has an
 * account or not: one that has one is told so by SMS instead of getting a code.
 */
export class SignUpService {
  constructor(private readonly core: Core) {}

  private phoneOf(raw: string) {
    const phone = mobileOf(raw);
    if (!phone) throw badRequest('SIGN_UP_PHONE_INVALID');
    return { phone, hash: this.core.crypto.lookupHash(phone) };
  }

  /** The districts a person may choose. */
  async districts() {
    const open = this.core.config.signUpDistricts;
    return (await repo.districts(this.core.db)).filter((d) => districtOpen(open, d.code));
  }

  async requestCode(rawPhone: string, meta: SignUpMeta) {
    const { phone, hash } = this.phoneOf(rawPhone);
    const source = loginSource(meta.ip);
    const now = new Date();
    const sent = await repo.sendsSince(this.core.db, hash, source, new Date(now.getTime() - HOUR_MS));
    if (sent.last && now.getTime() - sent.last.getTime() < SIGN_UP_RESEND_SECONDS * 1000) {
      throw new AppError('SIGN_UP_RESEND_WAIT', 429, { seconds: Math.ceil(SIGN_UP_RESEND_SECONDS - (now.getTime() - sent.last.getTime()) / 1000) });
    }
    if (sent.phone >= SIGN_UP_SENDS_PER_PHONE_HOUR || sent.source >= SIGN_UP_SENDS_PER_SOURCE_HOUR) {
      throw new AppError('SIGN_UP_TOO_MANY', 429, { perPhone: SIGN_UP_SENDS_PER_PHONE_HOUR, perSource: SIGN_UP_SENDS_PER_SOURCE_HOUR });
    }
    const code = newCode();
    const taken = await this.core.mutate(loginActor(0, maskPhone(phone), meta), async (w) => {
      await repo.pruneSends(w.db, new Date(now.getTime() - HOUR_MS));
      await repo.recordSend(w.db, hash, source, now);
      if (await repo.phoneTaken(w.db, hash)) return true;
      await repo.putCode(w.db, hash, codeHash(this.core.crypto, hash, code), new Date(now.getTime() + SIGN_UP_CODE_MINUTES * 60_000), now);
      return false;
    });
    const body = taken
      ? {
          zh: '【邻里】该手机号已注册，请直接用手机号和密码登录；忘记密码请联系居委会重置。如非本人操作，请忽略。',
          en: '[Linli] This phone already has an account: log in with the phone and your password; your committee resets a forgotten one. Not you? Ignore this.',
        }
      : {
          zh: `【邻里】注册验证码 ${code}，${SIGN_UP_CODE_MINUTES} 分钟内有效。请勿告诉他人。`,
          en: `[Linli] Sign-up code ${code}, valid for ${SIGN_UP_CODE_MINUTES} minutes. Tell nobody.`,
        };
    try {
      await this.core.notifier.sendToAddress('sms', { to: phone, shownAs: maskPhone(phone), kind: 'accounts.sign_up.code', body, demoReadable: true });
    } catch (e) {
      // The answer stays the same: a failed send must not tell which message it was.
      console.error(`注册短信发送失败 / sign-up SMS not delivered to ${maskPhone(phone)}: ${(e as Error).message}`);
    }
    return { sentTo: maskPhone(phone), expiresInSeconds: SIGN_UP_CODE_MINUTES * 60, resendAfterSeconds: SIGN_UP_RESEND_SECONDS };
  }

  /** Checks the code, creates the account at the chosen district and opens its session; answers the session token. */
  async signUp(input: { phone: string; code: string; password: string; districtCode: string }, meta: SignUpMeta) {
    const { phone, hash } = this.phoneOf(input.phone);
    const district = (await this.districts()).find((d) => d.code === input.districtCode);
    if (!district) throw badRequest('SIGN_UP_DISTRICT_CLOSED');
    const displayName = maskPhone(phone);
    // The password is checked before the code, so that a weak one costs no try of the code.
    assertPolicy(input.password, { username: phone, displayName: phone, districtName: district.name });
    const now = new Date();
    const tried = await repo.countAttempt(this.core.db, hash, now);
    if (!tried) throw badRequest('SIGN_UP_CODE_WRONG');
    if (tried.attempts > SIGN_UP_CODE_ATTEMPTS) {
      await repo.dropCode(this.core.db, hash);
      throw badRequest('SIGN_UP_CODE_SPENT', { max: SIGN_UP_CODE_ATTEMPTS });
    }
    const given = codeHash(this.core.crypto, hash, input.code);
    if (!sameCode(tried.code_hash, given)) {
      if (tried.attempts >= SIGN_UP_CODE_ATTEMPTS) await repo.dropCode(this.core.db, hash);
      throw badRequest(tried.attempts >= SIGN_UP_CODE_ATTEMPTS ? 'SIGN_UP_CODE_SPENT' : 'SIGN_UP_CODE_WRONG', { max: SIGN_UP_CODE_ATTEMPTS });
    }
    const passwordHash = await hashPassword(input.password);
    const actor = loginActor(0, displayName, meta);
    const user = await this.core.mutate(actor, async (w) => {
      // One use: a second request with the same code finds it gone; a phone that got an account meanwhile is refused alike.
      if (!(await repo.takeCode(w.db, hash, given)) || (await repo.phoneTaken(w.db, hash))) throw badRequest('SIGN_UP_CODE_WRONG');
      const user = await insertUser(w.db, {
        district_id: district.id,
        username: `p${randomBytes(5).toString('hex')}`,
        display_name: displayName,
        password_hash: passwordHash,
        must_change_password: false,
        is_demo: false,
      });
      await repo.insertUserPhone(w.db, { user_id: user.id, phone_hash: hash, phone_enc: this.core.crypto.encrypt(phone), phone_masked: displayName });
      const position = await insertPosition(w.db, {
        district_id: district.id,
        user_id: user.id,
        role: SIGNED_UP,
        unit_id: (await districtRoot(w.db, district.id)).id,
        department_id: null,
        grid_id: null,
      });
      await w.audit({
        action: 'accounts.sign_up',
        targetType: 'user',
        targetId: user.id,
        districtId: district.id,
        summary: { phone: displayName, role: SIGNED_UP, positionId: position.id, ip: meta.ip },
      });
      return user;
    });
    const token = await new AuthService(this.core).openSession(user, { ...actor, userId: user.id, userName: user.username }, meta, {
      summary: { via: 'sign-up' },
    });
    return { token, username: user.username };
  }
}
