import type { Locale } from '../i18n.js';
import { registerMessages } from '../errors.js';

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

const ZH: Record<string, (p: Record<string, unknown>) => string> = {
  required: () => `必填`,
  const: (p) => `取值应为 ${p.allowedValue}`,
  anyOf: () => `取值不在允许范围内`,
  type: (p) => `类型应为 ${p.type}`,
  minLength: (p) => `长度至少 ${p.limit}`,
  maxLength: (p) => `长度至多 ${p.limit}`,
  minimum: (p) => `不能小于 ${p.limit}`,
  maximum: (p) => `不能大于 ${p.limit}`,
  pattern: () => `格式不正确`,
  enum: (p) => `取值应为 ${(p.allowedValues as unknown[])?.join('、')} 之一`,
  additionalProperties: (p) => `不允许的字段 ${p.additionalProperty}`,
  format: (p) => `格式应为 ${p.format}`,
};

/** Turns schema errors into one readable line and a list naming each field, in the caller's language. */
export function validationSummary(errors: AjvError[], context: string, locale: Locale) {
  const seen = new Set<string>();
  const details = errors.flatMap((e) => {
    const parts = [context, ...e.instancePath.split('/').filter(Boolean)];
    // A missing field is reported on its parent; name the field itself.
    if (e.keyword === 'required') parts.push(String(e.params.missingProperty));
    const field = parts.join('.');
    // One problem per field is enough: a union reports once per branch.
    if (seen.has(field)) return [];
    seen.add(field);
    const problem = locale === 'en' ? (e.message ?? e.keyword) : (ZH[e.keyword]?.(e.params) ?? e.message ?? e.keyword);
    return [{ field, problem }];
  });
  const summary = details.map((d) => `${d.field}: ${d.problem}`).join('; ');
  return { summary, details };
}

/**
 * The first text of a request that the database cannot store, as `{ field: "querystring.q", problem }`, or null:
 * a NUL character (U+0000: PostgreSQL text cannot hold it) or half of a surrogate pair (not Unicode: JSON and
 * UTF-8 have no form for it). No field of ours needs either. Keys are checked as well as values (a query key or
 * a JSON member name ends up in stored filters too).
 */
export function badTextAt(value: unknown, path: string, depth = 0): { field: string; problem: TextProblem } | null {
  if (typeof value === 'string') return textProblem(value, path);
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const at = badTextAt(value[i], `${path}.${i}`, depth + 1);
      if (at) return at;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    const key = textProblem(k, `${path}.${k.replaceAll('\u0000', '\\0').replace(LONE_SURROGATE_ALL, '\ufffd')}`);
    if (key) return key;
    const at = badTextAt(v, `${path}.${k}`, depth + 1);
    if (at) return at;
  }
  return null;
}

type TextProblem = 'nul' | 'surrogate';
// With the u flag a well-formed pair is one code point, so only a lone half matches.
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATE_ALL = /\p{Cs}/gu;
function textProblem(s: string, field: string): { field: string; problem: TextProblem } | null {
  if (s.includes('\u0000')) return { field, problem: 'nul' };
  if (LONE_SURROGATE.test(s)) return { field, problem: 'surrogate' };
  return null;
}

const TEXT_PROBLEMS: Record<TextProblem, Record<Locale, string>> = {
  nul: { 'zh-CN': '不能包含空字符（NUL）', en: 'must not contain a NUL character' },
  surrogate: { 'zh-CN': '含有无效的 Unicode 字符（不成对的代理项）', en: 'holds an invalid Unicode character (an unpaired surrogate)' },
};

/** The summary and `details` of a refusal of such text, in the caller's language. */
export function textRefusal(bad: { field: string; problem: TextProblem }, locale: Locale) {
  const problem = TEXT_PROBLEMS[bad.problem][locale];
  return { summary: `${bad.field}: ${problem}`, details: [{ field: bad.field, problem }] };
}

/**
 * The first number of a validated request that is not finite, as `{ field, problem }`, or null. ajv coerces the
 * string "Infinity" to a number and then skips its bounds (they are checked only for finite numbers), so
 * `/units/Infinity` would pass an id schema with its maximum; JSON itself cannot carry such a number.
 */
export function nonFiniteAt(value: unknown, path: string, locale: Locale, depth = 0): { field: string; problem: string } | null {
  if (typeof value === 'number')
    return Number.isFinite(value) ? null : { field: path, problem: locale === 'en' ? 'must be a finite number' : '应为有限的数字' };
  if (value === null || typeof value !== 'object' || depth > 64 || ArrayBuffer.isView(value)) return null;
  for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const at = nonFiniteAt(v, `${path}.${k}`, locale, depth + 1);
    if (at) return at;
  }
  return null;
}

registerMessages({
  URL_INVALID: { zh: '请求地址无效：含有无法解码的字符', en: 'Invalid request address: it holds characters that cannot be decoded' },
  URL_PARAM_TOO_LONG: { zh: '请求地址中的参数过长', en: 'A parameter in the request address is too long' },
});

/** The code and status of a request the router refused before any route saw it. */
export function frameworkRefusal(error: { code?: string }): { code: string; status: number } {
  return error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? { code: 'URL_PARAM_TOO_LONG', status: 414 } : { code: 'URL_INVALID', status: 400 };
}
