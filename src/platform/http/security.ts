import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The security headers of every answer (pages, the API, /docs), as helmet makes them.
 *
 * The Content-Security-Policy allows this server only: scripts from our own files (the web app and Swagger UI
 * have no inline script), no plugins, no framing by anyone (clickjacking), forms posted here only. Styles also
 * allow 'unsafe-inline': Ant Design writes its CSS-in-JS into <style> elements at run time and React writes
 * style="" attributes, and a nonce cannot cover attributes, so a nonce would not spare us 'unsafe-inline'
 * (inline styles cannot run code; inline scripts stay forbidden). Images may also be data: and blob: URLs
 * (photo previews made in the browser before upload).
 *
 * A deployment adds outside sources for images and connections — a district's map tiles (天地图) — with
 * CSP_EXTRA_SOURCES; see docs/operations.md.
 */
export function cspDirectives(extraSources: readonly string[] = [], https = false): Record<string, string[]> {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...extraSources],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...extraSources],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
  };
  // Behind HTTPS, a stray http:// address in a page is fetched over TLS instead of being blocked.
  if (https) directives['upgrade-insecure-requests'] = [];
  return directives;
}

/**
 * The headers, as helmet makes them, computed once at start: they are the same for every answer, and the
 * Fastify plugin built helmet's middleware anew for each request (about a millisecond of a 2 ms request).
 */
export function securityHeaders(opts: { extraSources: readonly string[]; https: boolean }): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  let done = false;
  helmet(helmetOptions(opts))({} as IncomingMessage, res as unknown as ServerResponse, () => void (done = true));
  if (!done) throw new Error('security headers: helmet did not finish at once');
  return headers;
}

/**
 * helmet's options. `https` is the deployment's word that it is served over TLS (COOKIE_SECURE): only then is
 * Strict-Transport-Security sent (for this host only, not its subdomains, which may be other systems).
 */
function helmetOptions(opts: { extraSources: readonly string[]; https: boolean }): HelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(opts.extraSources, opts.https) },
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    originAgentCluster: true,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: opts.https ? { maxAge: 180 * 24 * 3600, includeSubDomains: false } : false,
    xContentTypeOptions: true,
    xDnsPrefetchControl: { allow: false },
    xDownloadOptions: true,
    xFrameOptions: { action: 'deny' },
    xPermittedCrossDomainPolicies: { permittedPolicies: 'none' },
    xXssProtection: true,
  };
}

/**
 * CSP_EXTRA_SOURCES as a list of sources, each checked so that a typo (or a ";" that would end the directive
 * and start another) stops the start with its name: origins such as https://t0.tianditu.gov.cn, a wildcard
 * host such as https://*.tianditu.gov.cn, or a scheme such as https:.
 */
export function cspSourcesOf(value: string | undefined): string[] {
  const list = (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const source of list) {
    const ok =
      /^https?:\/\/(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?(\/[A-Za-z0-9._~%!$&()*+=:@/-]*)?$/i.test(source) ||
      /^(https|wss?):$/.test(source);
    if (!ok)
      throw new Error(
        `CSP_EXTRA_SOURCES must list origins such as https://t0.tianditu.gov.cn (or https://*.tianditu.gov.cn), separated by commas or spaces, got "${source}"`,
      );
  }
  return list;
}
