import { lazy, Suspense, type ReactNode } from 'react';
import { matchPath, Route, Routes } from 'react-router-dom';
import { modules } from '../modules';
import { RequireAuth } from './auth/RequireAuth';
import { RequirePermission } from './auth/permissions';
import { LoginPage } from './pages/LoginPage';
import { Loading } from '../shared/components/Loading';
import { startEarly } from './early';
import { preloadShell } from './layout/shell';

/**
 * The login page is part of the first load; everything behind it (the layouts with their menus and icons, the
 * home page, the password and second-factor pages, every module page) arrives when first shown, so that a phone
 * on a slow network fetches the login form and then only the page it opens.
 */
const loadLayout = () => import('./layout/AppLayout');
const loadFeedback = () => import('./Feedback');
const Feedback = lazy(loadFeedback);
const AppLayout = lazy(() => loadLayout().then((m) => ({ default: m.AppLayout })));
const loadHome = () => import('./pages/HomePage').then((m) => ({ default: m.HomePage }));
const HomePage = lazy(loadHome);
const PasswordPage = lazy(() => import('./pages/PasswordPage').then((m) => ({ default: m.PasswordPage })));
const NotFound = lazy(() => import('../shared/components/NotFound').then((m) => ({ default: m.NotFound })));
const TwoFactorPage = lazy(() => import('./pages/TwoFactorPage').then((m) => ({ default: m.TwoFactorPage })));
// The public side (no login) loads its own small pages and the map, never the layout behind the login.
const PublicDistrictPage = lazy(() => import('../modules/appeals/public/PublicDistrictPage').then((m) => ({ default: m.PublicDistrictPage })));
const PublicReportPage = lazy(() => import('../modules/appeals/public/PublicReportPage').then((m) => ({ default: m.PublicReportPage })));
const SignUpPage = lazy(() => import('../modules/accounts/signup/SignUpPage').then((m) => ({ default: m.SignUpPage })));

/** The page an address opens, for loading it ahead of the layout and the menu it would otherwise wait for. */
function pageAt(pathname: string): (() => Promise<unknown>) | undefined {
  if (pathname === '/') return loadHome;
  // Module routes in their declared order, as <Routes> ranks them: a fixed segment beats a parameter.
  const routes = modules.flatMap((m) => m.routes).filter((r) => matchPath(r.path, pathname));
  routes.sort((a, b) => Number(a.path.includes(':')) - Number(b.path.includes(':')));
  const hit = routes[0]?.component;
  return hit && 'preload' in hit ? hit.preload : undefined;
}

// Whoever opens a page of the app (not the login) will need the layout, the menu and the page itself: all start
// with the app, beside the session check, instead of each after the one before.
if (typeof window !== 'undefined' && !/^\/(login|sign-up|password|two-factor|public)\b/.test(window.location.pathname)) {
  // The answers first: on a phone's six connections the small questions should not queue behind the files.
  startEarly();
  void loadLayout();
  // The shell this screen gets, without waiting for the layout's own files to arrive and ask for it.
  preloadShell();
  void loadFeedback();
  void pageAt(window.location.pathname)?.();
}

/** A lazy part of the app, with antd's <App> around it, behind a spinner while it loads. */
const Deferred = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={<Loading testId="app-loading" />}>
    <Feedback>{children}</Feedback>
  </Suspense>
);

/** Routes: /login, /sign-up, /password, /two-factor and the public pages (/public/…) stand alone; everything else renders in the layout behind the auth guard. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/sign-up"
        element={
          <Deferred>
            <SignUpPage />
          </Deferred>
        }
      />
      {['/public', '/public/:district'].map((path) => (
        <Route
          key={path}
          path={path}
          element={
            <Deferred>
              <PublicDistrictPage />
            </Deferred>
          }
        />
      ))}
      <Route
        path="/public/:district/reports/:id"
        element={
          <Deferred>
            <PublicReportPage />
          </Deferred>
        }
      />
      <Route
        path="/password"
        element={
          <RequireAuth allowMustChange allowMustEnroll>
            <Deferred>
              <PasswordPage />
            </Deferred>
          </RequireAuth>
        }
      />
      <Route
        path="/two-factor"
        element={
          <RequireAuth allowMustEnroll>
            <Deferred>
              <TwoFactorPage />
            </Deferred>
          </RequireAuth>
        }
      />
      <Route
        element={
          <RequireAuth>
            <Deferred>
              <AppLayout />
            </Deferred>
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        {modules.flatMap((m) =>
          m.routes.map((r) => {
            const Page = r.component;
            return (
              <Route
                key={`${m.key}:${r.path}`}
                path={r.path}
                element={
                  <RequirePermission check={r.permission}>
                    <Page />
                  </RequirePermission>
                }
              />
            );
          }),
        )}
        <Route path="*" element={<NotFound kind="page" />} />
      </Route>
    </Routes>
  );
}
