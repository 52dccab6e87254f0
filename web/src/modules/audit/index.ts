import { lazyPage, type WebModule } from '../../app/module';

/** Audit log search and chain verification, failed domain events (server module `audit`). */
export const auditModule: WebModule = {
  key: 'audit',
  routes: [
    { path: '/audit', component: lazyPage(() => import('./pages/AuditPage')), permission: 'audit.read' },
    { path: '/audit/failed-events', component: lazyPage(() => import('./pages/FailedEventsPage')), permission: 'audit.failedEvents' },
  ],
};
