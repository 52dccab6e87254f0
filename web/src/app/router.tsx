import { Route, Routes } from 'react-router-dom';
import { modules } from '../modules';
import { RequireAuth } from './auth/RequireAuth';
import { RequirePermission } from './auth/permissions';
import { AppLayout } from './layout/AppLayout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { PasswordPage } from './pages/PasswordPage';
import { TwoFactorPage } from './pages/TwoFactorPage';
import { NotFound } from '../shared/components/NotFound';

/** Routes: /login, /password and /two-factor stand alone; everything else renders in the layout behind the auth guard. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/password"
        element={
          <RequireAuth allowMustChange allowMustEnroll>
            <PasswordPage />
          </RequireAuth>
        }
      />
      <Route
        path="/two-factor"
        element={
          <RequireAuth allowMustEnroll>
            <TwoFactorPage />
          </RequireAuth>
        }
      />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
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
