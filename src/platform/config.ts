import { resolve } from 'node:path';
import ipaddr from 'ipaddr.js';
import type { S3Options } from './storage/storage.s3.js';
import { cspSourcesOf } from './http/security.js';
import { PROFILES_DIR } from './profiles.js';
import { oidcConfigOf, totpRequiredRolesOf, type OidcConfig } from './auth/auth.config.js';

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
  /** Where the district profiles are read from (LINLI_PROFILES_DIR): the project's profiles/ unless a deployment keeps its own. */
  profilesDir: string;
  defaultScale: number;
  logLevel: string;
  cookieSecure: boolean;
  /** Reverse proxies whose X-Forwarded-For/-Proto are believed (addresses or CIDRs); empty: nobody's. */
  trustProxy: string[];
  /** Failures of one (account, client address) pair after which each further attempt of that pair waits. */
  loginDelayAfter: number;
  /** The longest such wait, in seconds. */
  loginDelayMaxSeconds: number;
  /** The password demo accounts are created with (public: printed at start and in the README). */
  demoPassword: string;
  /** 'aes' (AES-256-GCM) or 'sm' (SM4 + SM3, for deployments that must pass 密评). */
  cryptoMode: 'aes' | 'sm';
  /** Where files go: a folder (DATA_DIR/files) or an S3-compatible bucket (then `s3` is set). */
  storage: 'local' | 's3';
  s3?: S3Options;
  /** The largest upload accepted, in bytes. */
  uploadMaxBytes: number;
  /** The adapter of each outside notification channel (`{ sms: 'log' }`); a channel not listed sends nothing. */
  notifyChannels: Record<string, string>;
  /** The codes of the districts where a person may sign up with a phone (SIGN_UP_DISTRICTS); null: every district, []: none. */
  signUpDistricts: string[] | null;
  /** Outside sources (map tiles) the web pages may load images from and connect to (CSP img-src, connect-src). */
  cspExtraSources: string[];
  /** A signed audit checkpoint is written outside the database at least this often while the chain grows. */
  auditCheckpointMinutes: number;
  /** …and at every multiple of this many entries, however fast they come. */
  auditCheckpointEntries: number;
  /**
   * Roles whose holders must log in with a second factor (TOTP); see decision 0015. Unset: the roles declared as
   * requiring one, filled in by the core (its `config` always has the list).
   */
  totpRequiredRoles?: string[];
  /** Single sign-on through an OpenID Connect provider; unset: off. */
  oidc?: OidcConfig;
}

function storageOf(env: NodeJS.ProcessEnv): 'local' | 's3' {
  const v = env.STORAGE || 'local';
  // A typo must not quietly keep files on one server's disk when a bucket was meant.
  if (v !== 'local' && v !== 's3') throw new Error(`STORAGE must be "local" or "s3", got "${v}"`);
  return v;
}

function s3Of(env: NodeJS.ProcessEnv): S3Options {
  if (!env.S3_BUCKET) throw new Error('STORAGE=s3 needs S3_BUCKET');
  if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together');
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION || 'us-east-1',
    endpoint: env.S3_ENDPOINT || undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
  };
}

/** Proxy names Fastify (proxy-addr) knows besides addresses and CIDRs. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY as a list, each entry checked here so that a typo stops the start with its name, not later. */
export function trustProxyOf(env: NodeJS.ProcessEnv): string[] {
  const list = (env.TRUST_PROXY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of list) {
    const [addr, bits, ...more] = entry.split('/');
    const ok = PROXY_RANGES.has(entry) || (!more.length && ipaddr.isValid(addr!) && (bits === undefined || isPrefix(addr!, bits)));
    if (!ok) throw new Error(`TRUST_PROXY must list addresses or CIDRs (e.g. 127.0.0.1,10.0.0.0/8), got "${entry}"`);
  }
  return list;
}

function isPrefix(addr: string, bits: string) {
  const max = ipaddr.parse(addr).kind() === 'ipv4' ? 32 : 128;
  // proxy-addr also takes a netmask in place of a prefix length (10.0.0.0/255.0.0.0).
  if (/^\d+$/.test(bits)) return Number(bits) <= max;
  return max === 32 && ipaddr.IPv4.isValidFourPartDecimal(bits) && ipaddr.IPv4.parse(bits).prefixLengthFromSubnetMask() !== null;
}

export const demoPasswordOf = (env: NodeJS.ProcessEnv) => env.LINLI_DEMO_PASSWORD || 'Linli@2026';

/** Whether a listen address is reachable from this machine only (127.0.0.0/8, ::1, localhost). */
export const isLoopbackHost = (host: string) => host === 'localhost' || (ipaddr.isValid(host) && ipaddr.process(host).range() === 'loopback');

function notifyChannelsOf(env: NodeJS.ProcessEnv): Record<string, string> {
  const channels: Record<string, string> = {};
  if (env.NOTIFY_SMS) channels.sms = env.NOTIFY_SMS;
  if (env.NOTIFY_WECHAT) channels.wechat = env.NOTIFY_WECHAT;
  return channels;
}

/** Unset: every district; 'none': sign-up is off; else a comma list of district codes. */
function signUpDistrictsOf(v: string | undefined): string[] | null {
  if (v === undefined || v.trim() === '') return null;
  if (v.trim() === 'none') return [];
  return v
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const num = (name: string, fallback: number) => {
    const v = env[name];
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got "${v}"`);
    return n;
  };
  const positive = (name: string, fallback: number) => {
    const n = num(name, fallback);
    if (n <= 0) throw new Error(`${name} must be above 0, got "${env[name]}"`);
    return n;
  };
  return {
    port: num('PORT', 3000),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    sessionIdleMinutes: num('SESSION_IDLE_MINUTES', 30),
    lockoutFailures: num('LOCKOUT_FAILURES', 5),
    lockoutMinutes: num('LOCKOUT_MINUTES', 30),
    loginRateLimitPerMinute: num('LOGIN_RATE_LIMIT', 20),
    passwordMaxAgeDays: num('PASSWORD_MAX_AGE_DAYS', 90),
    defaultProfile: env.LINLI_PROFILE ?? 'jingan',
    profilesDir: env.LINLI_PROFILES_DIR ? resolve(env.LINLI_PROFILES_DIR) : PROFILES_DIR,
    defaultScale: num('LINLI_SCALE', 0.01),
    logLevel: env.LOG_LEVEL ?? 'info',
    cookieSecure: env.COOKIE_SECURE === 'true',
    trustProxy: trustProxyOf(env),
    loginDelayAfter: num('LOGIN_DELAY_AFTER', 3),
    loginDelayMaxSeconds: num('LOGIN_DELAY_MAX_SECONDS', 8),
    demoPassword: demoPasswordOf(env),
    cryptoMode: env.LINLI_CRYPTO_MODE === 'sm' ? 'sm' : 'aes',
    storage: storageOf(env),
    s3: storageOf(env) === 's3' ? s3Of(env) : undefined,
    uploadMaxBytes: Math.round(positive('UPLOAD_MAX_MB', 10) * 1024 * 1024),
    notifyChannels: notifyChannelsOf(env),
    signUpDistricts: signUpDistrictsOf(env.SIGN_UP_DISTRICTS),
    cspExtraSources: cspSourcesOf(env.CSP_EXTRA_SOURCES),
    auditCheckpointMinutes: positive('AUDIT_CHECKPOINT_MINUTES', 10),
    auditCheckpointEntries: Math.ceil(positive('AUDIT_CHECKPOINT_ENTRIES', 10_000)),
    totpRequiredRoles: totpRequiredRolesOf(env),
    oidc: oidcConfigOf(env),
  };
}
