import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyReply, type FastifyRequest, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider, TypedApp } from './app.types.js';
import type { Core } from '../core.js';
import { AppError, messageFor } from '../errors.js';
import { pickLocale } from '../i18n.js';
import { AuthService } from '../auth/auth.service.js';
import { registerAuthRoutes, SESSION_COOKIE } from '../auth/auth.routes.js';
import { TokenService, TOKEN_PREFIX } from '../auth/token.service.js';
import { registerTokenRoutes } from '../auth/token.routes.js';
import { registerTotpRoutes } from '../auth/totp.routes.js';
import { registerOidcRoutes } from '../auth/oidc.routes.js';
import { registerNotificationRoutes } from '../notify/notification.routes.js';
import { registerSystemRoutes } from './system.routes.js';
import { badTextAt, frameworkRefusal, nonFiniteAt, textRefusal, validationSummary } from './validation.js';
import { httpMetrics } from './metrics.js';
import { securityHeaders } from './security.js';
import { appPage, compressJson, serveWebApp } from './web-assets.js';

export interface AppOptions {
  logger?: boolean | object;
  /** Folder of the built web app; served with a fallback to index.html for client routes. */
  webDir?: string;
}

export interface LinliApp extends TypedApp {
  linliRoutes: RouteOptions[];
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function buildApp(core: Core, opts: AppOptions = {}): Promise<LinliApp> {
  const app = Fastify({
    logger: opts.logger ?? false,
    genReqId: () => randomUUID(),
    // X-Forwarded-For and -Proto are believed only from the proxies named: from anyone else they would let a
    // client choose its own address (rate limits, login locks and the audit all go by it).
    trustProxy: core.config.trustProxy.length ? core.config.trustProxy : false,
    bodyLimit: 10 * 1024 * 1024,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
    // A path the router cannot take (a broken escape, a parameter over 100 characters) is refused with the
    // usual error body, not the router's own.
    frameworkErrors: (error, req, reply) => {
      const locale = pickLocale((req.headers['x-linli-locale'] as string | undefined) ?? req.headers['accept-language']);
      const { code, status } = frameworkRefusal(error);
      return (reply as FastifyReply).status(status).send({ error: { code, message: messageFor(code, {}, locale) } });
    },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as LinliApp;

  // Module routes outside /api (a standard's own paths) are API routes all the same: declared, walked, 404 as JSON.
  const rootPrefixes = rootPrefixesOf(core);
  const isApiPath = (path: string) => path.startsWith('/api/') || rootPrefixes.some((p) => path === p || path.startsWith(`${p}/`));

  app.linliRoutes = [];
  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (isApiPath(url) && !route.config?.access) {
      throw new Error(`route ${route.method} ${url} declares no access: every API route must say what it reaches`);
    }
    if (isApiPath(url)) app.linliRoutes.push(route);
  });

  const auth = new AuthService(core);
  const tokens = new TokenService(core, auth);
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('session', null);
  app.decorateRequest('actor', null);

  await app.register(cookie);
  // Security headers (CSP, no framing, nosniff, referrer policy) on every answer: pages, API and /docs.
  const security = securityHeaders({ extraSources: core.config.cspExtraSources, https: core.config.cookieSecure });
  app.addHook('onRequest', (req, reply, done) => {
    reply.headers(security);
    done();
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (req, ctx) => new AppError('RATE_LIMITED', 429, { after: ctx.after }),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Linli 邻里 API', version: '0.1.0', description: '邻里基层社会治理平台 API / Linli community governance API' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
  });
  // No validator badge: it would load an image from validator.swagger.io, outside the CSP.
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null } });
  httpMetrics(app);
  // Before any route: the hook must reach the routes of every module.
  compressJson(app);

  app.addHook('onRequest', async (req, reply) => {
    req.locale = pickLocale((req.headers['x-linli-locale'] as string | undefined) ?? req.headers['accept-language']);
    reply.header('x-request-id', req.id);
    if (!isApiPath(req.url.split('?')[0]!)) return;
    const bearer = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    const token = bearer ?? req.cookies[SESSION_COOKIE];
    if (!token) return;
    try {
      const state = bearer?.startsWith(TOKEN_PREFIX) ? await tokens.resolve(bearer) : await auth.resolve(token);
      // A cookie is sent by the browser on its own; a write must also prove it came from our page.
      if (!bearer && UNSAFE.has(req.method) && req.headers['x-csrf-token'] !== state.csrfToken) {
        throw new AppError('CSRF_INVALID', 403);
      }
      req.session = state;
      req.actor = {
        userId: state.userId,
        userName: state.displayName,
        positionId: state.position?.id ?? null,
        role: state.position?.role ?? null,
        scope: state.scope,
        requestId: req.id,
        locale: req.locale,
        limitedTo: 'limitedTo' in state ? (state.limitedTo as Set<string>) : undefined,
      };
    } catch (e) {
      if (e instanceof AppError && e.code === 'CSRF_INVALID') throw e;
      // An expired or unknown session is treated as anonymous; routes that need one say so.
      if (e instanceof AppError && e.code === 'SESSION_EXPIRED') reply.clearCookie(SESSION_COOKIE, { path: '/' });
      (req as FastifyRequest & { sessionError?: string }).sessionError = e instanceof AppError ? e.code : 'UNAUTHENTICATED';
    }
  });

  // Text the database cannot store (NUL, half a surrogate pair) is refused here for every route, before its
  // schema, as a field error.
  app.addHook('preValidation', async (req) => {
    const bad = badTextAt(req.params, 'params') ?? badTextAt(req.query, 'querystring') ?? badTextAt(req.body, 'body');
    if (bad) {
      const { summary, details } = textRefusal(bad, req.locale);
      throw new AppError('VALIDATION', 400, { summary }, details);
    }
  });
  // …and a number that validation let through as Infinity (see nonFiniteAt).
  app.addHook('preHandler', async (req) => {
    const bad = nonFiniteAt(req.params, 'params', req.locale) ?? nonFiniteAt(req.query, 'querystring', req.locale) ?? nonFiniteAt(req.body, 'body', req.locale);
    if (bad) throw new AppError('VALIDATION', 400, { summary: `${bad.field}: ${bad.problem}` }, [bad]);
  });

  app.addHook('preHandler', async (req) => {
    const access = req.routeOptions.config?.access;
    if (!access || access.auth === 'public') return;
    if (!req.session) {
      const why = (req as FastifyRequest & { sessionError?: string }).sessionError;
      throw new AppError(why === 'SESSION_EXPIRED' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED', 401);
    }
    if (req.session.mustChangePassword && !access.beforePasswordChange) throw new AppError('PASSWORD_CHANGE_REQUIRED', 403);
    if (req.session.mustEnrollSecondFactor && !access.beforeSecondFactor) throw new AppError('SECOND_FACTOR_ENROLL_REQUIRED', 403);
  });

  app.setErrorHandler((error, req, reply) => {
    const locale = req.locale ?? 'zh-CN';
    if (error instanceof AppError) {
      return reply.status(error.status).send({
        error: { code: error.code, message: messageFor(error.code, error.params, locale), details: error.details },
      });
    }
    const e = error as { validation?: unknown[]; validationContext?: string; statusCode?: number; code?: string };
    if (e.validation) {
      const { summary, details } = validationSummary(e.validation as never, e.validationContext ?? 'body', locale);
      return reply.status(400).send({ error: { code: 'VALIDATION', message: messageFor('VALIDATION', { summary }, locale), details } });
    }
    if (e.statusCode && e.statusCode < 500) {
      const code = e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST';
      return reply.status(e.statusCode).send({ error: { code, message: messageFor('VALIDATION', { summary: (error as Error).message }, locale) } });
    }
    req.log.error(error);
    return reply.status(500).send({ error: { code: 'INTERNAL', message: messageFor('INTERNAL', { requestId: req.id }, locale) } });
  });

  registerSystemRoutes(app, core);
  const sessionAnswer = registerAuthRoutes(app, core, auth);
  registerTotpRoutes(app, core, auth, sessionAnswer);
  registerOidcRoutes(app, core, auth, sessionAnswer);
  registerTokenRoutes(app, core, tokens);
  registerNotificationRoutes(app, core);
  for (const m of core.modules) {
    if (m.routes) await app.register(async (scoped) => m.routes!(scoped, core), { prefix: `/api/${m.prefix ?? m.id}` });
    for (const r of m.rootRoutes ?? []) await app.register(async (scoped) => r.routes(scoped, core), { prefix: r.prefix.replace(/\/+$/, '') });
  }

  const webDir = opts.webDir;
  const hasWeb = webDir && existsSync(join(webDir, 'index.html'));
  if (hasWeb) await serveWebApp(app, webDir);
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!;
    const isApi = isApiPath(path) || path === '/metrics';
    // Client-side routes: the app decides what /org/units/42 shows.
    const page = !isApi && hasWeb ? appPage(req, reply) : null;
    if (page) return page;
    return reply.status(404).send({
      error: { code: 'ROUTE_NOT_FOUND', message: messageFor('ROUTE_NOT_FOUND', { method: req.method, url: path }, req.locale) },
    });
  });

  await app.ready();
  return app;
}

const RESERVED = ['/api', '/docs', '/metrics'];

/** The root prefixes modules declare, checked: each its own path, outside what the platform serves. */
function rootPrefixesOf(core: Core): string[] {
  const prefixes: string[] = [];
  for (const m of core.modules) {
    for (const r of m.rootRoutes ?? []) {
      const p = r.prefix.replace(/\/+$/, '');
      const clash = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
      if (!/^\/[a-z0-9][a-z0-9._\-/]*$/i.test(p) || RESERVED.some((x) => clash(p, x)) || prefixes.some((x) => clash(p, x))) {
        throw new Error(`module ${m.id} declares root routes at ${r.prefix}: a root prefix must be a path of its own outside ${RESERVED.join(', ')}`);
      }
      prefixes.push(p);
    }
  }
  return prefixes;
}
