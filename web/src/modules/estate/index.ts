import { lazyPage, type WebModule } from '../../app/module';

/** Owners' committees and property services: compounds with warnings, a compound's card, the company register (server module `estate`). */
export const estateModule: WebModule = {
  key: 'estate',
  routes: [
    { path: '/estate', component: lazyPage(() => import('./pages/CompoundsPage')), permission: 'estate.read' },
    { path: '/estate/compounds/:id', component: lazyPage(() => import('./pages/CompoundCardPage')) },
    { path: '/estate/companies', component: lazyPage(() => import('./pages/CompaniesPage')), permission: 'estate.read' },
    { path: '/estate/companies/:id', component: lazyPage(() => import('./pages/CompanyPage')) },
  ],
};
