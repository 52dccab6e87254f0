import { lazyPage, type WebModule } from '../../app/module';

/** Self-governance (server module `selfgov`). */
export const selfgovModule: WebModule = {
  key: 'selfgov',
  routes: [{ path: '/selfgov/topics', component: lazyPage(() => import('./pages/TopicListPage')), permission: 'selfgov.read' }],
};
