import ipaddr from 'ipaddr.js';

/** Single sign-on through a district's OpenID Connect provider (decision 0015). */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** Unset for a public client: the code is then redeemed with PKCE alone. */
  clientSecret?: string;
  /** Where the provider sends the browser back: this server's /api/auth/oidc/callback as the browser reaches it. */
  redirectUri: string;
  /** The claim whose value is a Linli username. */
  usernameClaim: string;
  /** The button's text on the login page; unset: the page's own words for single sign-on, in the user's language. */
  label?: string;
  /** `amr` values that mean the provider itself checked a second factor; one of them spares the TOTP step. */
  mfaAmr: string[];
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * TOTP_REQUIRED_ROLES: the roles whose holders must use a second factor. Unset means the roles whose declarations
 * require one (administrators and district staff today), which the core fills in once the modules declared them;
 * an empty value means nobody. A name that is no declared role stops the start (Core): a typo cannot quietly
 * spare the administrators.
 */
export function totpRequiredRolesOf(env: NodeJS.ProcessEnv): string[] | undefined {
  return env.TOTP_REQUIRED_ROLES === undefined ? undefined : list(env.TOTP_REQUIRED_ROLES);
}

const OIDC_VARS = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const;

/** A URL whose host is this machine: plain HTTP is allowed only there (a test or a provider on the same host). */
function isLoopbackUrl(url: URL) {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || (ipaddr.isValid(host) && ipaddr.process(host).range() === 'loopback');
}

function httpsUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be a URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(url))) {
    throw new Error(`${name} must be an https URL (plain http only on this machine), got "${value}"`);
  }
  return value;
}

/**
 * OIDC_*: off when none is set; issuer, client id and redirect URI go together, so that half a configuration
 * stops the start instead of showing a button that cannot work.
 */
export function oidcConfigOf(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  if (!OIDC_VARS.some((v) => env[v])) return undefined;
  const missing = (['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_REDIRECT_URI'] as const).filter((v) => !env[v]);
  if (missing.length) throw new Error(`single sign-on needs ${missing.join(', ')} as well (OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_REDIRECT_URI go together)`);
  return {
    issuer: httpsUrl('OIDC_ISSUER', env.OIDC_ISSUER!),
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET || undefined,
    redirectUri: httpsUrl('OIDC_REDIRECT_URI', env.OIDC_REDIRECT_URI!),
    usernameClaim: env.OIDC_USERNAME_CLAIM || 'preferred_username',
    label: env.OIDC_LABEL || undefined,
    mfaAmr: env.OIDC_MFA_AMR === undefined ? ['mfa', 'otp'] : list(env.OIDC_MFA_AMR),
  };
}
