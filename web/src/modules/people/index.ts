import { lazy } from 'react';
import type { WebModule } from '../../app/module';

/** Residents and houses: residents list, person, household view, visits, import, data quality, export approvals, binding requests (server module `people`). */
export const peopleModule: WebModule = {
  key: 'people',
  routes: [
    { path: '/people', component: lazy(() => import('./pages/PersonsPage')), permission: 'people.read' },
    { path: '/people/persons/:id', component: lazy(() => import('./pages/PersonDetailPage')) },
    { path: '/people/houses/:id', component: lazy(() => import('./pages/HousePage')) },
    { path: '/people/visits', component: lazy(() => import('./pages/VisitsPage')), permission: 'people.visit.record' },
    { path: '/people/import', component: lazy(() => import('./pages/ImportPage')), permission: 'people.import' },
    { path: '/people/quality', component: lazy(() => import('./pages/QualityPage')), permission: 'people.quality' },
    { path: '/people/exports', component: lazy(() => import('./pages/ExportRequestsPage')), permission: 'people.export' },
    { path: '/people/bindings', component: lazy(() => import('./pages/BindingsPage')), permission: 'people.manage' },
  ],
};
