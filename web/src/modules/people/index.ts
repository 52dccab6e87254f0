import { lazyPage, type WebModule } from '../../app/module';

/** Residents and houses: residents list, person, household view, visits, import, data quality, export approvals, binding requests (server module `people`). */
export const peopleModule: WebModule = {
  key: 'people',
  routes: [
    { path: '/people', component: lazyPage(() => import('./pages/PersonsPage')), permission: 'people.read' },
    { path: '/people/persons/:id', component: lazyPage(() => import('./pages/PersonDetailPage')) },
    { path: '/people/houses/:id', component: lazyPage(() => import('./pages/HousePage')) },
    { path: '/people/visits', component: lazyPage(() => import('./pages/VisitsPage')), permission: 'people.visit.record' },
    { path: '/people/import', component: lazyPage(() => import('./pages/ImportPage')), permission: 'people.import' },
    { path: '/people/quality', component: lazyPage(() => import('./pages/QualityPage')), permission: 'people.quality' },
    { path: '/people/exports', component: lazyPage(() => import('./pages/ExportRequestsPage')), permission: 'people.export' },
    { path: '/people/bindings', component: lazyPage(() => import('./pages/BindingsPage')), permission: 'people.manage' },
    { path: '/people/bind', component: lazyPage(() => import('./pages/BindMePage')), permission: 'people.binding.request' },
  ],
};
