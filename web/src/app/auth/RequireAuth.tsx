import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { Loading } from '../../shared/components/Loading';
import { useAuth } from './AuthContext';

/**
 * Guards the app: no session → /login (remembering where the user was going);
 * a session that must change its password → /password before anything else; then one whose roles require a
 * second factor it has not shown → /two-factor.
 */
export function RequireAuth({
  children,
  allowMustChange = false,
  allowMustEnroll = false,
}: {
  children: ReactNode;
  allowMustChange?: boolean;
  allowMustEnroll?: boolean;
}) {
  const { session, loading, error, refresh } = useAuth();
  const location = useLocation();
  if (loading) return <Loading testId="session-loading" />;
  if (error && !session)
    return (
      <div style={{ maxWidth: 560, margin: '64px auto', padding: 16 }}>
        <ErrorAlert error={error} onRetry={() => void refresh()} />
      </div>
    );
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (session.user.mustChangePassword && !allowMustChange) return <Navigate to="/password" replace />;
  if (session.user.mustEnrollSecondFactor && !session.user.mustChangePassword && !allowMustEnroll) return <Navigate to="/two-factor" replace />;
  return <>{children}</>;
}
