import type { Generated } from 'kysely';

/** How a session's login showed a second factor: a TOTP code, a recovery code, or the identity provider's own check. */
export type SecondFactor = 'totp' | 'recovery' | 'idp';

/** The tables of second factors and single sign-on (migration 0010_second_factor, decision 0015). */
export interface SecondFactorTables {
  user_totp: {
    user_id: number;
    /** The base32 secret, encrypted with the data key. */
    secret: string;
    /** Null while the enrollment waits for its first code. */
    confirmed_at: Date | null;
    /** The last time step a code was accepted for: that step and those before it never open anything again. */
    last_step: number | null;
    created_at: Generated<Date>;
  };
  user_recovery_code: {
    user_id: number;
    /** Keyed hash (the data key's lookup hash) of the code; the code itself is shown once and never kept. */
    code_hash: string;
    used_at: Date | null;
  };
  /** A right password waiting for its second factor; keyed by the hash of the token the client holds. */
  login_challenge: {
    id: string;
    user_id: number;
    /** The name as typed, lower-cased, and the client source: wrong codes count against that pair like wrong passwords. */
    username: string;
    source: string;
    method: 'password' | 'oidc';
    attempts: Generated<number>;
    expires_at: Date;
    created_at: Generated<Date>;
  };
  /** A single sign-on under way; keyed by the hash of the token in the browser's cookie, which binds it to that browser. */
  oidc_login: {
    id: string;
    state: string;
    nonce: string;
    /** The PKCE verifier, encrypted with the data key. */
    code_verifier: string;
    expires_at: Date;
    created_at: Generated<Date>;
  };
}

declare module '../db/schema.js' {
  interface Database extends SecondFactorTables {}
}
