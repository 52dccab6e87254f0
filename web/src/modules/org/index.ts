import { lazyPage, type WebModule } from '../../app/module';

// One component for both paths, so moving from /org to /org/units/:id keeps the tree as it was.
const OrgPage = lazyPage(() => import('./pages/OrgPage'));

/** Territory: units tree, grids, departments (server module `org`). */
export const orgModule: WebModule = {
  key: 'org',
  routes: [
    { path: '/org', component: OrgPage },
    { path: '/org/units/:id', component: OrgPage },
    { path: '/org/grids', component: lazyPage(() => import('./pages/GridsPage')), permission: 'org.overlay.read' },
    { path: '/org/grids/:id', component: lazyPage(() => import('./pages/GridDetailPage')) },
    { path: '/org/departments', component: lazyPage(() => import('./pages/DepartmentsPage')), permission: 'org.overlay.read' },
    { path: '/org/departments/:id', component: lazyPage(() => import('./pages/DepartmentDetailPage')) },
  ],
};
