import { randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import type { Core } from '../core.js';
import { AppError } from '../errors.js';
import { hashToken, type AuthService } from './auth.service.js';
import * as authRepo from './auth.repository.js';
import * as repo from './oidc.repository.js';
import { loginSource } from './login.rules.js';
import type { OidcConfig } from './auth.config.js';
import { loginActor, type LoginMeta, type SecondStep } from './totp.service.js';

/** How long a browser may take at the identity provider before its sign-on is forgotten. */
export const OIDC_LOGIN_TTL_MS = 10 * 60_000;

/** Why a single sign-on opened no session; the login page says each in the user's language. */
export type OidcRefusal = 'unknown_account' | 'expired' | 'failed' | 'unavailable';

export type OidcOutcome = { kind: 'session'; token: string } | { kind: 'second-step'; step: SecondStep } | { kind: 'refused'; reason: OidcRefusal };

/**
 * Single sign-on through a district's OpenID Connect provider (decision 0015): the authorization code flow with
 * PKCE, state and nonce kept in the database under a token that only the browser which started holds (in an
 * httpOnly cookie), so that nobody can finish a sign-on in someone else's browser. The provider's account is
 * mapped by one claim to an existing active account; none is ever created.
 */
export class OidcService {
  private configuration?: Promise<client.Configuration>;

  constructor(
    private readonly core: Core,
    private readonly auth: AuthService,
  ) {}

  get settings(): OidcConfig | undefined {
    return this.core.config.oidc;
  }

  private required(): OidcConfig {
    const o = this.settings;
    if (!o) throw new AppError('OIDC_DISABLED', 404);
    return o;
  }

  /** The provider's metadata and keys, read once; a provider that did not answer is asked again next time. */
  private client(o: OidcConfig) {
    this.configuration ??= client
      .discovery(new URL(o.issuer), o.clientId, o.clientSecret, o.clientSecret ? undefined : client.None(), {
        // Plain HTTP only reaches a provider on this machine (the configuration refuses it elsewhere).
        execute: new URL(o.issuer).protocol === 'http:' ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((e: unknown) => {
        this.configuration = undefined;
        throw e;
      });
    return this.configuration;
  }

  /** Where to send the browser, and the token its cookie keeps; or why the provider cannot be reached. */
  async start(): Promise<{ url: string; browserToken: string } | { refused: OidcRefusal }> {
    const o = this.required();
    let config: client.Configuration;
    try {
      config = await this.client(o);
    } catch {
      return { refused: 'unavailable' };
    }
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const browserToken = randomBytes(32).toString('base64url');
    const now = new Date();
    await repo.insertOidcLogin(
      this.core.db,
      { id: hashToken(browserToken), state, nonce, code_verifier: this.core.crypto.encrypt(verifier), expires_at: new Date(now.getTime() + OIDC_LOGIN_TTL_MS) },
      now,
    );
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: o.redirectUri,
      scope: 'openid profile',
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, browserToken };
  }

  /**
   * The provider's answer, as the browser brought it back. An account found by the claim gets a session; when the
   * provider does not say it checked a second factor (`amr`) and the account has one, its code is asked as after
   * a password; an account that requires one and has none gets the limited session that leads to enrolling it.
   */
  async callback(query: string, browserToken: string | undefined, meta: LoginMeta): Promise<OidcOutcome> {
    const o = this.required();
    const anonymous = loginActor(0, 'oidc', meta);
    const refuse = async (reason: OidcRefusal, summary: Record<string, unknown>, actor = anonymous) => {
      await this.core.mutate(actor, (w) =>
        w.audit({
          action: reason === 'unknown_account' ? 'auth.oidc_refused' : 'auth.oidc_failed',
          targetType: 'user',
          targetId: actor.userId || null,
          summary: { ip: meta.ip, issuer: o.issuer, reason, ...summary },
        }),
      );
      return { kind: 'refused' as const, reason };
    };
    const pending = browserToken ? await repo.takeOidcLogin(this.core.db, hashToken(browserToken), new Date()) : undefined;
    if (!pending) return refuse('expired', {});
    let claims: client.IDToken;
    let accessToken: string;
    let config: client.Configuration;
    try {
      config = await this.client(o);
      // The URL the provider sent the browser to, rebuilt from the configured address rather than from headers.
      const current = new URL(o.redirectUri);
      current.search = query;
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: this.core.crypto.decrypt(pending.code_verifier),
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims()!;
      accessToken = tokens.access_token;
    } catch (e) {
      const err = e as { code?: string; error?: string; message?: string };
      return refuse('failed', { error: String(err.error ?? err.code ?? err.message ?? 'error').slice(0, 200) });
    }
    let username = claims[o.usernameClaim];
    if (typeof username !== 'string') {
      // Providers that keep the ID token small give the profile claims at the userinfo endpoint only.
      try {
        username = (await client.fetchUserInfo(config, accessToken, claims.sub))[o.usernameClaim];
      } catch {
        username = undefined;
      }
    }
    const amr = Array.isArray(claims.amr) ? claims.amr.filter((a): a is string => typeof a === 'string') : [];
    const said = { sub: claims.sub, ...(typeof username === 'string' ? { username: username.slice(0, 100) } : {}), amr };
    const user = typeof username === 'string' ? await authRepo.findUserByName(this.core.db, username) : undefined;
    if (!user?.active) return refuse('unknown_account', said);

    const actor = loginActor(user.id, user.username, meta);
    const idpChecked = amr.some((a) => o.mfaAmr.includes(a));
    if (!idpChecked && (await this.auth.totp.enrolled(user.id))) {
      const step = await this.auth.totp.challenge(actor, user.id, { name: user.username.toLowerCase(), source: loginSource(meta.ip) }, 'oidc', meta);
      return { kind: 'second-step', step };
    }
    const token = await this.auth.openSession(user, actor, meta, {
      secondFactor: idpChecked ? 'idp' : null,
      summary: { via: 'oidc', issuer: o.issuer, ...said },
    });
    return { kind: 'session', token };
  }
}
