import type { TypedApp } from '../http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Core } from '../core.js';
import { Id, Label } from '../http/schemas.js';
import { actorOf, sessionOf } from '../http/request-context.js';
import type { AuthService, SessionState } from './auth.service.js';
import { answerSecondStep, SecondStepView } from './totp.routes.js';
import './auth.messages.js';

export const SESSION_COOKIE = 'linli_sid';

const PositionView = Type.Object({
  id: Type.Integer(),
  role: Type.String(),
  roleLabel: Label,
  unitId: Type.Union([Type.Integer(), Type.Null()]),
  unitName: Type.Union([Type.String(), Type.Null()]),
  departmentId: Type.Union([Type.Integer(), Type.Null()]),
  departmentName: Type.Union([Type.String(), Type.Null()]),
  gridId: Type.Union([Type.Integer(), Type.Null()]),
  gridName: Type.Union([Type.String(), Type.Null()]),
});

const SessionView = Type.Object({
  user: Type.Object({
    id: Type.Integer(),
    username: Type.String(),
    displayName: Type.String(),
    mustChangePassword: Type.Boolean(),
    isDemo: Type.Boolean(),
    mustEnrollSecondFactor: Type.Boolean({ description: 'a role held requires a second factor this session has not shown: only enrolling one is open' }),
  }),
  positions: Type.Array(PositionView),
  activePositionId: Type.Union([Type.Integer(), Type.Null()]),
  csrfToken: Type.String(),
  idleTimeoutMinutes: Type.Integer(),
  /** Actions the active position may take, so the UI offers only those (every call is checked again). */
  permissions: Type.Array(Type.String()),
  /** Only for a login that asked for a bearer token (then no cookie is set): a browser's stays in its httpOnly cookie. */
  token: Type.Optional(Type.String()),
});

/** The session's cookie: secure whenever the browser reached us over HTTPS, directly or through a trusted proxy that says so. */
export const setSessionCookie = (core: Core, req: FastifyRequest, reply: FastifyReply, token: string) =>
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: core.config.cookieSecure || req.protocol === 'https' });

export function registerAuthRoutes(app: TypedApp, core: Core, auth: AuthService) {
  const view = async (state: SessionState) => {
    const names = await auth.positionNames(state.positions);
    return {
      user: {
        id: state.userId,
        username: state.userName,
        displayName: state.displayName,
        mustChangePassword: state.mustChangePassword,
        isDemo: state.isDemo,
        mustEnrollSecondFactor: state.mustEnrollSecondFactor,
      },
      positions: state.positions.map((p) => ({
        id: p.id,
        role: p.role,
        roleLabel: core.roles.labelOf(p.role),
        unitId: p.unitId,
        unitName: names.get(p.id)?.unitName ?? null,
        departmentId: p.departmentId,
        departmentName: names.get(p.id)?.departmentName ?? null,
        gridId: p.gridId,
        gridName: names.get(p.id)?.gridName ?? null,
      })),
      activePositionId: state.position?.id ?? null,
      csrfToken: state.csrfToken,
      idleTimeoutMinutes: core.config.sessionIdleMinutes,
      permissions: state.position ? [...core.permissions.keys()].filter((a) => core.permissions.get(a)!.has(state.position!.role)).sort() : [],
    };
  };
  const setCookie = (req: FastifyRequest, reply: FastifyReply, token: string) => setSessionCookie(core, req, reply, token);
  const LoginBody = Type.Object({
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
    bearer: Type.Optional(Type.Boolean({ description: 'true: answer with a bearer token in the body and set no cookie (system clients)' })),
  });

  app.post(
    '/api/auth/login',
    {
      config: {
        access: { auth: 'public', probe: { kind: 'none' } },
        rateLimit: { max: core.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: '登录 / Log in',
        body: LoginBody,
        response: { 200: SessionView, 202: SecondStepView },
      },
    },
    async (req, reply) => {
      const { username, password, bearer } = req.body;
      const token = await auth.login(username, password, {
        ip: req.ip,
        userAgent: req.headers['user-agent'],
        requestId: req.id,
        locale: req.locale,
      });
      if (typeof token !== 'string') return answerSecondStep(core, req, reply, token, bearer);
      const session = await view(await auth.resolve(token));
      if (bearer) return { ...session, token };
      setCookie(req, reply, token);
      return session;
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' }, beforePasswordChange: true, beforeSecondFactor: true } },
      schema: { tags: ['auth'], summary: '当前会话 / Current session', response: { 200: SessionView } },
    },
    async (req) => view(sessionOf(req)),
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' }, beforePasswordChange: true, beforeSecondFactor: true } },
      schema: { tags: ['auth'], summary: '退出登录 / Log out' },
    },
    async (req, reply) => {
      await auth.logout(actorOf(req), sessionOf(req).sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/auth/position',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } } },
      schema: {
        tags: ['auth'],
        summary: '切换岗位 / Switch position',
        body: Type.Object({ positionId: Id() }),
        response: { 200: SessionView },
      },
    },
    async (req) => {
      const state = sessionOf(req);
      await auth.switchPosition(actorOf(req), state, req.body.positionId);
      const token = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1] ?? req.cookies[SESSION_COOKIE]!;
      return view(await auth.resolve(token));
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: {
        access: { auth: 'session', probe: { kind: 'self' }, beforePasswordChange: true, beforeSecondFactor: true },
        rateLimit: { max: core.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: '修改密码 / Change password',
        body: Type.Object({ currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) }),
      },
    },
    async (req, reply) => {
      const { currentPassword, newPassword } = req.body;
      await auth.changePassword(actorOf(req), sessionOf(req), currentPassword, newPassword);
      return reply.status(204).send();
    },
  );

  return { view, setCookie, SessionView };
}
