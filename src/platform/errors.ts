import { format, type Label, type Locale } from './i18n.js';
import { RegistryError } from './owned-keys.js';

/**
 * Every refusal is an AppError with a stable code. The message is looked up by code in the catalog that the
 * platform and the modules fill, so the same error reads in the caller's language wherever it is raised.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly params: Record<string, unknown> = {},
    readonly details?: unknown,
  ) {
    super(code);
  }
}

const catalog = new Map<string, { owner: string; label: Label }>();

/**
 * Codes belong to whoever registers them first (the platform, or a module by its id); another owner taking a
 * code stops the start, naming both. The same owner may register again (each platform a test starts).
 */
export function registerMessages(messages: Record<string, Label>, owner = 'platform'): void {
  for (const code of Object.keys(messages)) {
    const prev = catalog.get(code);
    if (prev && prev.owner !== owner) {
      throw new RegistryError(`error code ${code} is registered by both ${prev.owner} and ${owner} / 错误码 ${code} 同时由 ${prev.owner} 和 ${owner} 登记`);
    }
  }
  for (const [code, label] of Object.entries(messages)) catalog.set(code, { owner, label });
}

/** The codes an owner registered: the platform's are the ones a module must never declare. */
export function codesOf(owner: string): string[] {
  return [...catalog].filter(([, v]) => v.owner === owner).map(([code]) => code);
}

export function messageFor(code: string, params: Record<string, unknown>, locale: Locale): string {
  const label = catalog.get(code)?.label;
  if (!label) return code;
  return format(locale === 'en' ? label.en : label.zh, params);
}

export const notFound = (what = 'record') => new AppError('NOT_FOUND', 404, { what });
export const forbidden = (action: string) => new AppError('FORBIDDEN', 403, { action });
export const badRequest = (code: string, params?: Record<string, unknown>, details?: unknown) => new AppError(code, 400, params, details);
export const conflict = (code: string, params?: Record<string, unknown>, details?: unknown) => new AppError(code, 409, params, details);

registerMessages({
  NOT_FOUND: { zh: '未找到：该记录不存在，或不在您的管辖范围内', en: 'Not found: the record does not exist or is outside your scope' },
  FORBIDDEN: { zh: '无权执行此操作（{action}）', en: 'You are not allowed to do this ({action})' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please log in first' },
  SESSION_EXPIRED: { zh: '会话已超时，请重新登录', en: 'Your session has expired; please log in again' },
  CSRF_INVALID: { zh: '请求校验失败（CSRF），请刷新页面后重试', en: 'Request check failed (CSRF); reload the page and retry' },
  VALIDATION: { zh: '请求参数有误：{summary}', en: 'Invalid request: {summary}' },
  RATE_LIMITED: { zh: '请求过于频繁，请 {after} 后再试', en: 'Too many requests; retry in {after}' },
  PURPOSE_REQUIRED: { zh: '查看敏感个人信息须说明用途', en: 'State a purpose to see sensitive personal data' },
  PASSWORD_CHANGE_REQUIRED: { zh: '请先修改初始密码', en: 'Change your initial password first' },
  INTERNAL: { zh: '服务器内部错误，请稍后重试（请求号 {requestId}）', en: 'Internal server error; retry later (request {requestId})' },
  PHONE_INVALID: { zh: '联系电话格式有误：{value}', en: 'The phone number is not valid: {value}' },
  ROUTE_NOT_FOUND: { zh: '接口不存在：{method} {url}', en: 'No such endpoint: {method} {url}' },
});
