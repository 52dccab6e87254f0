import { lazy, Suspense } from 'react';
import { Alert } from 'antd';
import { useAuth } from '../auth/AuthContext';
import { useHomeT } from '../pages/home.i18n';
import { badgesOf, useNav, useTodos, useTodosFollowChanges } from '../nav';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { Loading } from '../../shared/components/QueryState';
import { PageOutlet } from './PageOutlet';
import { useVocabularies } from '../../shared/hooks/useVocabulary';
import { withHome } from './navItems';

// Each layout loads when first shown: a phone does not fetch the desktop's menu and sider, nor a desktop the phone's
// drawer. The one this screen will most likely get starts loading at once, beside the menu request.
const loadDesktop = () => import('./DesktopLayout');
const loadMobile = () => import('./MobileLayout');
const DesktopLayout = lazy(() => loadDesktop().then((m) => ({ default: m.DesktopLayout })));
const MobileLayout = lazy(() => loadMobile().then((m) => ({ default: m.MobileLayout })));
if (typeof window !== 'undefined') void (window.matchMedia?.('(max-width: 768px)').matches ? loadMobile() : loadDesktop());

/** Chooses the desktop or mobile layout as GET /api/nav says, and renders the current page inside it. */
export function AppLayout() {
  const nav = useNav();
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
  const Shell = nav.data?.layout === 'mobile' ? MobileLayout : DesktopLayout;
  return (
    <Suspense fallback={<Loading testId="layout-loading" />}>
      <Shell items={items} banner={banner} badges={badgesOf(todos.data?.items)}>
        <PageOutlet />
      </Shell>
    </Suspense>
  );
}
