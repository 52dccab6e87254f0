/** A tiny typed i18n: dictionaries are plain objects, `en` must have exactly the keys of `zh`. */
import type { Label } from '../api/types';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: Locale[] = ['zh-CN', 'en'];
export const LOCALE_STORAGE_KEY = 'linli.locale';

export type Dict = Record<string, string>;
export type Vars = Record<string, string | number | null | undefined>;

export interface MessageSet<K extends string> {
  zh: Record<K, string>;
  en: Record<K, string>;
}

/** Declares a module's dictionaries; the type system checks that both have the same keys. */
export function defineMessages<Z extends Dict>(zh: Z, en: { [K in keyof Z]: string }): MessageSet<Extract<keyof Z, string>> {
  return { zh: zh as Record<Extract<keyof Z, string>, string>, en: en as Record<Extract<keyof Z, string>, string> };
}

export function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = vars[name];
    return v === undefined || v === null ? m : String(v);
  });
}

export function pickLabel(locale: Locale, label: Label | string | null | undefined): string {
  if (label === null || label === undefined) return '';
  if (typeof label === 'string') return label;
  return (locale === 'en' ? label.en || label.zh : label.zh || label.en) ?? '';
}

export function readStoredLocale(): Locale {
  try {
    const v = localStorage.getItem(LOCALE_STORAGE_KEY);
    if (v === 'en' || v === 'zh-CN') return v;
  } catch {
    /* storage unavailable */
  }
  return 'zh-CN';
}
