import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { useI18n } from '../i18n';
import { ErrorBoundary } from '../../shared/components/ErrorBoundary';
import { Loading } from '../../shared/components/QueryState';

/** Where pages render: lazy module pages load behind a spinner; a crashing page does not take the menu down. */
export function PageOutlet() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <ErrorBoundary title={t('error.pageCrashed')} retryLabel={t('error.retry')} resetKey={pathname}>
      <Suspense fallback={<Loading testId="page-loading" />}>
        <Outlet />
      </Suspense>
    </ErrorBoundary>
  );
}
