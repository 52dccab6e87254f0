import type { TypedApp } from '../http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Core } from '../core.js';
import type { AuthService } from './auth.service.js';
import { OIDC_LOGIN_TTL_MS, OidcService } from './oidc.service.js';
import { answerSecondStep, type SessionAnswer } from './totp.routes.js';

/** The cookie that binds a single sign-on to the browser that started it; only the sign-on routes see it. */
export const OIDC_COOKIE = 'linli_oidc';
const OIDC_PATH = '/api/auth/oidc';
const tags = ['auth'];

export function registerOidcRoutes(app: TypedApp, core: Core, auth: AuthService, session: SessionAnswer) {
  const oidc = new OidcService(core, auth);
  const limit = { max: core.config.loginRateLimitPerMinute, timeWindow: '1 minute' };
  const cookieOptions = (req: FastifyRequest) => ({
    path: OIDC_PATH,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: core.config.cookieSecure || req.protocol === 'https',
  });
  // The browser arrives here by navigation, not from a script: every answer takes it back to a page of the app.
  const toLogin = (reply: FastifyReply, query: string) => reply.redirect(`/login?${query}`, 302);

  app.get(
    '/api/auth/oidc',
    {
      config: { access: { auth: 'public', probe: { kind: 'none' } } },
      schema: {
        tags,
        summary: '是否可用单点登录 / Whether single sign-on is on',
        response: {
          200: Type.Object({
            enabled: Type.Boolean(),
            label: Type.Union([Type.String(), Type.Null()], { description: "the button's text; null: the page's own words" }),
          }),
        },
      },
    },
    async () => ({ enabled: !!oidc.settings, label: oidc.settings?.label ?? null }),
  );

  app.get(
    '/api/auth/oidc/start',
    {
      config: { access: { auth: 'public', probe: { kind: 'none' } }, rateLimit: limit },
      schema: { tags, summary: '开始单点登录（跳转到身份提供方） / Start single sign-on (to the identity provider)' },
    },
    async (req, reply) => {
      const r = await oidc.start();
      if ('refused' in r) return toLogin(reply, `sso=${r.refused}`);
      reply.setCookie(OIDC_COOKIE, r.browserToken, { ...cookieOptions(req), maxAge: Math.floor(OIDC_LOGIN_TTL_MS / 1000) });
      return reply.redirect(r.url, 302);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    {
      config: { access: { auth: 'public', probe: { kind: 'none' } }, rateLimit: limit },
      schema: { tags, summary: '单点登录回调（身份提供方返回） / Single sign-on callback (from the identity provider)' },
    },
    async (req, reply) => {
      const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      const outcome = await oidc.callback(query, req.cookies[OIDC_COOKIE], {
        ip: req.ip,
        userAgent: req.headers['user-agent'],
        requestId: req.id,
        locale: req.locale,
      });
      reply.clearCookie(OIDC_COOKIE, cookieOptions(req));
      if (outcome.kind === 'refused') return toLogin(reply, `sso=${outcome.reason}`);
      if (outcome.kind === 'second-step') {
        answerSecondStep(core, req, reply, outcome.step);
        return toLogin(reply, 'step=code');
      }
      session.setCookie(req, reply, outcome.token);
      return reply.redirect('/', 302);
    },
  );
}
