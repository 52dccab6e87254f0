import { lazy } from 'react';
import type { WebModule } from '../../app/module';

/** Audit log search and chain verification, failed domain events (server module `audit`). */
export const auditModule: WebModule = {
  key: 'audit',
  routes: [
    { path: '/audit', component: lazy(() => import('./pages/AuditPage')), permission: 'audit.read' },
    { path: '/audit/failed-events', component: lazy(() => import('./pages/FailedEventsPage')), permission: 'audit.failedEvents' },
  ],
};
