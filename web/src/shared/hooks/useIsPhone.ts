import { useSyncExternalStore } from 'react';

/** Where the phone layout ends: antd's `md` breakpoint starts at 768 px, tablets upright and phones stay below. */
export const PHONE_QUERY = '(max-width: 767.98px)';

function subscribe(onChange: () => void) {
  const list = window.matchMedia(PHONE_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

const snapshot = () => window.matchMedia(PHONE_QUERY).matches;

/**
 * Whether this screen is a phone's: the layout and lists follow the screen, whatever the role, and change as the
 * window is resized or the phone turned.
 */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
