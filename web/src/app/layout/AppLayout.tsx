import { lazy, Suspense } from 'react';
import { Alert } from 'antd';
import { useAuth } from '../auth/AuthContext';
import { useHomeT } from '../pages/home.i18n';
import { badgesOf, useNav, useTodos, useTodosFollowChanges } from '../nav';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { Loading } from '../../shared/components/QueryState';
import { PageOutlet } from './PageOutlet';
import { useVocabularies } from '../../shared/hooks/useVocabulary';
import { useIsPhone } from '../../shared/hooks/useIsPhone';
import { loadDesktop, loadMobile, preloadShell } from './shell';
import { withHome } from './navItems';

const DesktopLayout = lazy(() => loadDesktop().then((m) => ({ default: m.DesktopLayout })));
const MobileLayout = lazy(() => loadMobile().then((m) => ({ default: m.MobileLayout })));
// After a login the router's start-up did not run: the shell starts here, beside the menu request.
preloadShell();

/**
 * Chooses the phone or desktop layout by the screen's width (a resident at a desktop gets the desktop, a committee
 * worker on a phone the phone's), and renders the current page inside it.
 */
export function AppLayout() {
  const nav = useNav();
  const phone = useIsPhone();
  // Read with the menu, so that no page waits for the labels of the values it shows.
  useVocabularies();
  // The menu's badges: the caller's to-dos, counted for the item each names.
  const todos = useTodos();
  useTodosFollowChanges();
  const t = useHomeT();
  const { activePosition, session } = useAuth();
  if (nav.isPending) return <Loading testId="nav-loading" />;
  const items = withHome(nav.data?.items);
  const banner = (
    <>
      {nav.error ? <ErrorAlert error={nav.error} onRetry={() => void nav.refetch()} testId="nav-error" /> : null}
      {session && !activePosition ? (
        <Alert type="warning" showIcon title={t('home.noPosition')} style={{ marginBottom: 16 }} data-testid="no-position" />
      ) : null}
    </>
  );
  const Shell = phone ? MobileLayout : DesktopLayout;
  return (
    <Suspense fallback={<Loading testId="layout-loading" />}>
      <Shell items={items} banner={banner} badges={badgesOf(todos.data?.items)}>
        <PageOutlet />
      </Shell>
    </Suspense>
  );
}
