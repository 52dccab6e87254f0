import type { TypedApp } from '../http/app.types.js';
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Core } from '../core.js';
import { AppError } from '../errors.js';
import { Nullable } from '../http/schemas.js';
import { actorOf, sessionOf } from '../http/request-context.js';
import type { AuthService, SessionState } from './auth.service.js';
import type { SecondStep } from './totp.service.js';
import { CHALLENGE_TTL_MS } from './totp.rules.js';

/** The cookie that carries a login's challenge from its first step to its second; only the login routes see it. */
export const CHALLENGE_COOKIE = 'linli_challenge';
const CHALLENGE_PATH = '/api/auth/login';

export const SecondStepView = Type.Object({
  secondFactor: Type.Object({
    methods: Type.Array(Type.Union([Type.Literal('totp'), Type.Literal('recovery')])),
    expiresAt: Type.String({ format: 'date-time' }),
  }),
  challenge: Type.Optional(Type.String({ description: 'only for a login that asked for a bearer token; a browser keeps it in an httpOnly cookie' })),
});

const cookieOptions = (core: Core, req: FastifyRequest) => ({
  path: CHALLENGE_PATH,
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: core.config.cookieSecure || req.protocol === 'https',
});

/** The first step's answer when a code must follow: 202, and the challenge in its cookie (a system client gets it in the body). */
export function answerSecondStep(core: Core, req: FastifyRequest, reply: FastifyReply, step: SecondStep, bearer?: boolean) {
  reply.status(202);
  const body = { secondFactor: { methods: ['totp' as const, 'recovery' as const], expiresAt: step.expiresAt.toISOString() } };
  if (bearer) return { ...body, challenge: step.challenge };
  reply.setCookie(CHALLENGE_COOKIE, step.challenge, { ...cookieOptions(core, req), maxAge: Math.floor(CHALLENGE_TTL_MS / 1000) });
  return body;
}

export interface SessionAnswer {
  view(state: SessionState): Promise<unknown>;
  setCookie(req: FastifyRequest, reply: FastifyReply, token: string): unknown;
  SessionView: TSchema;
}

const Code = Type.String({ minLength: 6, maxLength: 12, description: 'the 6 digits the authenticator shows' });
const RecoveryCodes = Type.Object({ recoveryCodes: Type.Array(Type.String(), { description: 'shown this once; each opens one login' }) });
const tags = ['auth'];

export function registerTotpRoutes(app: TypedApp, core: Core, auth: AuthService, session: SessionAnswer) {
  const totp = auth.totp;
  const limit = { max: core.config.loginRateLimitPerMinute, timeWindow: '1 minute' };

  const SecondFactorBody = Type.Object({
    code: Type.Optional(Type.String({ maxLength: 12, description: 'the 6 digits the authenticator shows' })),
    recoveryCode: Type.Optional(Type.String({ maxLength: 20, description: 'one of the recovery codes, instead of a code' })),
    challenge: Type.Optional(Type.String({ maxLength: 100, description: 'the challenge of a bearer login; a browser sends its cookie instead' })),
    bearer: Type.Optional(Type.Boolean({ description: 'true: answer with a bearer token in the body and set no cookie' })),
  });
  app.post(
    '/api/auth/login/second-factor',
    {
      config: { access: { auth: 'public', probe: { kind: 'none' } }, rateLimit: limit },
      schema: {
        tags,
        summary: '登录第二步：验证码或恢复码 / Log in, second step: a code or a recovery code',
        body: SecondFactorBody,
        response: { 200: session.SessionView },
      },
    },
    async (req, reply) => {
      const body = req.body;
      const challenge = body.challenge ?? req.cookies[CHALLENGE_COOKIE];
      // The cookie goes with its challenge; a system client that sent the challenge in the body has none.
      const done = () => void (body.challenge === undefined && reply.clearCookie(CHALLENGE_COOKIE, cookieOptions(core, req)));
      if (!challenge) throw new AppError('LOGIN_CHALLENGE_ENDED', 401);
      let token: string;
      try {
        token = await totp.complete(
          challenge,
          { code: body.code, recoveryCode: body.recoveryCode },
          { ip: req.ip, userAgent: req.headers['user-agent'], requestId: req.id, locale: req.locale },
        );
      } catch (e) {
        if (e instanceof AppError && e.code === 'LOGIN_CHALLENGE_ENDED') done();
        throw e;
      }
      done();
      const view = await session.view(await auth.resolve(token));
      if (body.bearer) return { ...(view as object), token };
      session.setCookie(req, reply, token);
      return view;
    },
  );

  const own = { auth: 'session' as const, probe: { kind: 'self' as const }, beforeSecondFactor: true };
  const StatusView = Type.Object({
    enabled: Type.Boolean(),
    pending: Type.Boolean({ description: 'a key was made and waits for its first code' }),
    confirmedAt: Nullable(Type.String({ format: 'date-time' })),
    recoveryCodesLeft: Type.Integer(),
    required: Type.Boolean({ description: 'a role the user holds requires a second factor' }),
  });
  app.get(
    '/api/auth/totp',
    {
      config: { access: own },
      schema: { tags, summary: '我的两步验证 / My two-factor authentication', response: { 200: StatusView } },
    },
    async (req) => {
      const s = await totp.status(actorOf(req), sessionOf(req));
      return { ...s, confirmedAt: s.confirmedAt?.toISOString() ?? null };
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      config: { access: own },
      schema: {
        tags,
        summary: '开始设置两步验证：生成密钥与二维码 / Start two-factor setup: a key and its QR code',
        response: {
          200: Type.Object({
            secret: Type.String({ description: 'base32, to type into the app by hand' }),
            uri: Type.String(),
            qrCode: Type.String({ description: 'data: URL of an SVG image' }),
          }),
        },
      },
    },
    async (req) => totp.setup(actorOf(req), sessionOf(req)),
  );

  app.post(
    '/api/auth/totp/confirm',
    {
      config: { access: own, rateLimit: limit },
      schema: {
        tags,
        summary: '以第一个验证码启用两步验证 / Turn two-factor on with a first code',
        body: Type.Object({ code: Code }),
        response: { 200: RecoveryCodes },
      },
    },
    async (req) => totp.confirm(actorOf(req), sessionOf(req), req.body.code),
  );

  app.post(
    '/api/auth/totp/recovery-codes',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } }, rateLimit: limit },
      schema: { tags, summary: '重新生成恢复码 / New recovery codes', body: Type.Object({ code: Code }), response: { 200: RecoveryCodes } },
    },
    async (req) => totp.renewRecoveryCodes(actorOf(req), sessionOf(req), req.body.code),
  );

  const DisableBody = Type.Object({
    password: Type.String({ minLength: 1, maxLength: 200 }),
    code: Type.String({ minLength: 6, maxLength: 20, description: 'a code, or a recovery code' }),
  });
  app.post(
    '/api/auth/totp/disable',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } }, rateLimit: limit },
      schema: { tags, summary: '停用两步验证（需密码与验证码） / Turn two-factor off (password and a code)', body: DisableBody },
    },
    async (req, reply) => {
      const { password, code } = req.body;
      await totp.disable(actorOf(req), sessionOf(req), password, code);
      return reply.status(204).send();
    },
  );
}
