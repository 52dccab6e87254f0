import type { Locale } from '../i18n.js';

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
