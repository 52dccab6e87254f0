import { lazy, Suspense } from 'react';
import { Alert } from 'antd';
import { useAuth } from '../auth/AuthContext';
import { useHomeT } from '../pages/home.i18n';
import { badgesOf, useNav, useTodos, useTodosFollowChanges } from '../nav';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { Loading } from '../../shared/components/QueryState';
import { PageOutlet } from './PageOutlet';
import { useVocabularies } from '../../shared/hooks/useVocabulary';
import { PHONE_QUERY, useIsPhone } from '../../shared/hooks/useIsPhone';
import { withHome } from './navItems';

// Each layout loads when first shown: a phone does not fetch the desktop's menu and sider, nor a desktop the phone's
// drawer. The one this screen gets starts loading at once, beside the menu request.
const loadDesktop = () => import('./DesktopLayout');
const loadMobile = () => import('./MobileLayout');
const DesktopLayout = lazy(() => loadDesktop().then((m) => ({ default: m.DesktopLayout })));
const MobileLayout = lazy(() => loadMobile().then((m) => ({ default: m.MobileLayout })));
if (typeof window !== 'undefined') void (window.matchMedia?.(PHONE_QUERY).matches ? loadMobile() : loadDesktop());

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
