import { lazy } from 'react';
import type { WebModule } from '../../app/module';

// One component for both paths, so moving from /org to /org/units/:id keeps the tree as it was.
const OrgPage = lazy(() => import('./pages/OrgPage'));

/** Territory: units tree, grids, departments (server module `org`). */
export const orgModule: WebModule = {
  key: 'org',
  routes: [
    { path: '/org', component: OrgPage },
    { path: '/org/units/:id', component: OrgPage },
    { path: '/org/grids', component: lazy(() => import('./pages/GridsPage')), permission: 'org.overlay.read' },
    { path: '/org/grids/:id', component: lazy(() => import('./pages/GridDetailPage')) },
    { path: '/org/departments', component: lazy(() => import('./pages/DepartmentsPage')), permission: 'org.overlay.read' },
    { path: '/org/departments/:id', component: lazy(() => import('./pages/DepartmentDetailPage')) },
  ],
};
