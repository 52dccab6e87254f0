import type { TypedApp } from '../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import { setSessionCookie } from '../../platform/auth/auth.routes.js';
import { SignUpService } from './sign-up.service.js';

const tags = ['accounts'];
const Phone = Type.String({ minLength: 1, maxLength: 30, description: '中国大陆手机号 / mainland China mobile number' });

export function signUpRoutes(app: TypedApp, core: Core) {
  const signUp = new SignUpService(core);
  const open = { access: { auth: 'public' as const, probe: { kind: 'none' as const } } };
  const limited = { ...open, rateLimit: { max: core.config.loginRateLimitPerMinute, timeWindow: '1 minute' } };
  const meta = (req: { ip: string; headers: { 'user-agent'?: string }; id: string; locale: 'zh-CN' | 'en' }) => ({
    ip: req.ip,
    userAgent: req.headers['user-agent'],
    requestId: req.id,
    locale: req.locale,
  });

  app.get(
    '/sign-up/districts',
    {
      config: open,
      schema: {
        tags,
        summary: '可用手机号注册的区 / Districts that take sign-ups by phone',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })) }) },
      },
    },
    async () => ({ items: (await signUp.districts()).map((d) => ({ code: d.code, name: d.name })) }),
  );

  app.post(
    '/sign-up/code',
    {
      config: limited,
      schema: {
        tags,
        summary: '获取注册验证码（短信） / Ask for a sign-up code by SMS',
        description:
          '无论该手机号是否已注册，答复都相同；已注册的号码收到的是提醒短信而非验证码 / The answer is the same whether the phone has an account or not; a phone that has one is told so by SMS instead of getting a code',
        body: Type.Object({ phone: Phone }),
        response: { 202: Type.Object({ sentTo: Type.String(), expiresInSeconds: Type.Integer(), resendAfterSeconds: Type.Integer() }) },
      },
    },
    async (req, reply) => reply.status(202).send(await signUp.requestCode(req.body.phone, meta(req))),
  );

  app.post(
    '/sign-up',
    {
      config: limited,
      schema: {
        tags,
        summary: '用手机号注册并登录 / Sign up with a phone and log in',
        body: Type.Object({
          phone: Phone,
          code: Type.String({ minLength: 1, maxLength: 10 }),
          password: Type.String({ minLength: 1, maxLength: 200 }),
          districtCode: Type.String({ minLength: 1, maxLength: 50 }),
        }),
        response: { 201: Type.Object({ username: Type.String() }) },
      },
    },
    async (req, reply) => {
      const { token, username } = await signUp.signUp(req.body, meta(req));
      setSessionCookie(core, req, reply, token);
      return reply.status(201).send({ username });
    },
  );
}
