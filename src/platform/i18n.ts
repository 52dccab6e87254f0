/** Chinese first, English second: every message a user can see exists in both. */
export type Locale = 'zh-CN' | 'en';
export interface Label {
  zh: string;
  en: string;
}

export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]!.trim().toLowerCase();
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export function localize(label: Label, locale: Locale): string {
  return locale === 'en' ? label.en : label.zh;
}

/** Fills {name} placeholders. */
export function format(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : String(params[k])));
}
