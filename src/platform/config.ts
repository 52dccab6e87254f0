import { resolve } from 'node:path';

/** Everything an operator can set, from the environment. See docs/operations.md. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  sessionIdleMinutes: number;
  lockoutFailures: number;
  lockoutMinutes: number;
  loginRateLimitPerMinute: number;
  passwordMaxAgeDays: number;
  defaultProfile: string;
  defaultScale: number;
  logLevel: string;
  cookieSecure: boolean;
  /** 'aes' (AES-256-GCM) or 'sm' (SM4 + SM3, for deployments that must pass 密评). */
  cryptoMode: 'aes' | 'sm';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const num = (name: string, fallback: number) => {
    const v = env[name];
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got "${v}"`);
    return n;
  };
  return {
    port: num('PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    sessionIdleMinutes: num('SESSION_IDLE_MINUTES', 30),
    lockoutFailures: num('LOCKOUT_FAILURES', 5),
    lockoutMinutes: num('LOCKOUT_MINUTES', 30),
    loginRateLimitPerMinute: num('LOGIN_RATE_LIMIT', 20),
    passwordMaxAgeDays: num('PASSWORD_MAX_AGE_DAYS', 90),
    defaultProfile: env.LINLI_PROFILE ?? 'jingan',
    defaultScale: num('LINLI_SCALE', 0.01),
    logLevel: env.LOG_LEVEL ?? 'info',
    cookieSecure: env.COOKIE_SECURE === 'true',
    cryptoMode: env.LINLI_CRYPTO_MODE === 'sm' ? 'sm' : 'aes',
  };
}
