import { useMemo, type ReactNode } from 'react';
import { ConfigProvider, theme as antTheme } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { isApiError } from './api/client';
import { AuthProvider } from './auth/AuthContext';
import { I18nProvider, useI18n } from './i18n';
import { PrefsProvider, usePrefs } from './prefs';
import { AppRoutes } from './router';
import { READABLE } from './theme';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // 4xx answers are final (404 out of scope, 403, 401 …); retry once on network or server errors.
        retry: (count, err) => !(isApiError(err) && err.status >= 400 && err.status < 500) && count < 1,
      },
      mutations: { retry: false },
    },
  });
}

const TABLES = { scroll: { x: 'max-content' as const } };

/** antd locale and theme follow the UI language and the large-text preference. */
function Themed({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  const { largeText } = usePrefs();
  const theme = useMemo(
    () => ({
      algorithm: antTheme.defaultAlgorithm,
      token: {
        ...READABLE.token,
        ...(largeText ? { fontSize: 18, controlHeight: 44, controlHeightLG: 52, controlHeightSM: 32, lineHeight: 1.6 } : { fontSize: 14 }),
      },
      components: READABLE.components,
    }),
    [largeText],
  );
  return (
    // antd would put a space between the two characters of a label like 保存 (保 存): Chinese labels are written
    // as they are read.
    // Tables take the width their columns need and scroll sideways when that is more than the page has, so a
    // column is never squeezed until its title breaks (global.css keeps titles on one line).
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }} table={TABLES}>
      {/* antd's <App> (toasts, dialogs) wraps the pages behind the login: see Deferred in router.tsx. */}
      <div data-testid="app-root" data-locale={locale} data-large-text={largeText ? 'on' : 'off'}>
        {children}
      </div>
    </ConfigProvider>
  );
}

/** Re-fetches what is on screen when the language changes, so server messages follow it. */
function LocaleAware({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  return <I18nProvider onChange={() => void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' })}>{children}</I18nProvider>;
}

export function App() {
  const queryClient = useMemo(makeQueryClient, []);
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleAware>
        <PrefsProvider>
          <Themed>
            <BrowserRouter>
              <AuthProvider>
                <AppRoutes />
              </AuthProvider>
            </BrowserRouter>
          </Themed>
        </PrefsProvider>
      </LocaleAware>
    </QueryClientProvider>
  );
}
