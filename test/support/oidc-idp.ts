import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * An OpenID Connect provider in the test's own process (oidc-provider, the certified implementation), on a
 * random port of this machine. Whoever comes to log in is whoever the test names with `signInAs` (its username
 * claim and the `amr` the provider reports), so a test walks the whole flow with plain HTTP requests.
 */
export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  signInAs(account: { sub: string; username: string; amr?: string[] }): void;
  /**
   * Follows a fresh browser's way from the authorization URL through the provider's login to the redirect back;
   * returns the URL the browser is sent to at the end.
   */
  walk(authorizationUrl: string): Promise<URL>;
  close(): Promise<void>;
}

export async function startTestIdp(opts: { redirectUri: string }): Promise<TestIdp> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), alg: 'RS256', use: 'sig', kid: 'test' };
  const accounts = new Map<string, { username: string }>();
  let next: { sub: string; username: string; amr?: string[] } | undefined;
  const clientId = 'linli';
  const clientSecret = 'test-secret-of-the-linli-client';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk as never] },
    // amr goes into ID tokens only as a claim of a scope asked for: openid's here, as providers that report it do.
    claims: { openid: ['sub', 'amr'], profile: ['preferred_username', 'name'] },
    // Profile claims only at the userinfo endpoint, not in the ID token: the harder case for a client.
    conformIdTokenClaims: true,
    pkce: { required: () => true, methods: ['S256'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const a = accounts.get(sub);
      return a ? { accountId: sub, claims: async () => ({ sub, preferred_username: a.username, name: a.username }) } : undefined;
    },
    cookies: { keys: ['test-cookie-key'] },
  });
  // The login screen of a real provider: here whoever the test chose signs in, with the factors it chose.
  provider.use(async (ctx, nextMiddleware) => {
    if (!ctx.path.startsWith('/interaction/')) return nextMiddleware();
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (!next) throw new Error('the test named nobody to sign in');
    accounts.set(next.sub, { username: next.username });
    const grant = new provider.Grant({ accountId: next.sub, clientId: details.params.client_id as string });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(
      ctx.req,
      ctx.res,
      { login: { accountId: next.sub, amr: next.amr }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  });
  server.on('request', provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs: (account) => void (next = account),
    async walk(authorizationUrl) {
      // A browser of its own each time: no session at the provider from an earlier walk signs anyone in.
      const jar = new Map<string, string>();
      let url = new URL(authorizationUrl);
      for (let hops = 0; hops < 10; hops++) {
        if (!url.href.startsWith(issuer)) return url;
        const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
        for (const c of res.headers.getSetCookie()) {
          const [pair] = c.split(';');
          const [name, ...value] = pair!.split('=');
          jar.set(name!.trim(), value.join('='));
        }
        const location = res.headers.get('location');
        if (!location) throw new Error(`the provider answered ${res.status} without sending the browser on: ${await res.text()}`);
        url = new URL(location, url);
      }
      throw new Error('the provider sent the browser round in circles');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
