import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { setAcceptLanguage } from '../api/client';
import type { Label } from '../api/types';
import { commonMessages, type AppMessageKey } from './common';
import { interpolate, pickLabel, readStoredLocale, LOCALE_STORAGE_KEY, type Locale, type MessageSet, type Vars } from './core';

export type { Locale, MessageSet, Vars } from './core';
export { defineMessages } from './core';
export type { AppMessageKey } from './common';

const appMessages: MessageSet<AppMessageKey> = commonMessages;

export type TFunction<K extends string = AppMessageKey> = (key: K, vars?: Vars) => string;

interface I18nValue {
  locale: Locale;
  setLocale: (l: Locale) => void;
  t: TFunction;
  /** Picks the current language out of a server `{ zh, en }` label. */
  label: (l: Label | string | null | undefined) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

function applyLocale(locale: Locale): void {
  setAcceptLanguage(locale === 'en' ? 'en' : 'zh-CN');
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

// Set before the first request is made.
applyLocale(readStoredLocale());

export function I18nProvider({ children, onChange }: { children: ReactNode; onChange?: (l: Locale) => void }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    applyLocale(locale);
  }, [locale]);

  const setLocale = useCallback(
    (l: Locale) => {
      try {
        localStorage.setItem(LOCALE_STORAGE_KEY, l);
      } catch {
        /* ignore */
      }
      applyLocale(l);
      setLocaleState(l);
      onChange?.(l);
    },
    [onChange],
  );

  const value = useMemo<I18nValue>(() => {
    const dict = locale === 'en' ? appMessages.en : appMessages.zh;
    return {
      locale,
      setLocale,
      t: (key, vars) => interpolate(dict[key] ?? key, vars),
      label: (l) => pickLabel(locale, l),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

/**
 * A module's translator: accepts the module's own keys and the app-wide keys.
 * Usage in a module: `export const useOrgT = () => useModuleT(orgMessages);`
 */
export function useModuleT<K extends string>(messages: MessageSet<K>): TFunction<K | AppMessageKey> {
  const { locale } = useI18n();
  return useMemo(() => {
    const mod = (locale === 'en' ? messages.en : messages.zh) as Record<string, string>;
    const app = (locale === 'en' ? appMessages.en : appMessages.zh) as Record<string, string>;
    return (key: K | AppMessageKey, vars?: Vars) => interpolate(mod[key] ?? app[key] ?? key, vars);
  }, [locale, messages]);
}
