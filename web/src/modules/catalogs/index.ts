import { lazyPage, type WebModule } from '../../app/module';

/** The district's catalogs, their versions and edits (server module `catalogs`). */
export const catalogsModule: WebModule = {
  key: 'catalogs',
  routes: [
    { path: '/catalogs', component: lazyPage(() => import('./pages/CatalogsPage')), permission: 'catalogs.read' },
    { path: '/catalogs/:id', component: lazyPage(() => import('./pages/CatalogPage')), permission: 'catalogs.read' },
  ],
};
