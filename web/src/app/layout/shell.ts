import { PHONE_QUERY } from '../../shared/hooks/useIsPhone';

// Each layout loads when first shown: a phone does not fetch the desktop's menu and sider, nor a desktop the phone's
// drawer. Kept apart from AppLayout so the router can start the screen's shell before AppLayout's own files arrive.
export const loadDesktop = () => import('./DesktopLayout');
export const loadMobile = () => import('./MobileLayout');

/** Starts loading the shell this screen gets. */
export function preloadShell(): void {
  if (typeof window !== 'undefined') void (window.matchMedia?.(PHONE_QUERY).matches ? loadMobile() : loadDesktop());
}
