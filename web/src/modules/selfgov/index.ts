import { lazy } from 'react';
import type { WebModule } from '../../app/module';

/** Self-governance (server module `selfgov`). */
export const selfgovModule: WebModule = {
  key: 'selfgov',
  routes: [{ path: '/selfgov/topics', component: lazy(() => import('./pages/TopicListPage')), permission: 'selfgov.read' }],
};
