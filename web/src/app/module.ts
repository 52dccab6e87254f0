/**
 * What a feature module gives the web app: its routes. Each module lives in web/src/modules/<key>/ and is
 * listed once in web/src/modules/index.ts. Menu entries are not declared here: they come from GET /api/nav,
 * so what a user sees depends on their role.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PermissionCheck } from './auth/permissions';

export interface ModuleRoute {
  /** Absolute path, e.g. '/org/units/:id'. */
  path: string;
  component: LazyExoticComponent<ComponentType> | ComponentType | LazyPage;
  /** What the active position needs to open the page: others see <NoPermission/> (the server refuses them anyway). */
  permission?: PermissionCheck;
}

export interface WebModule {
  key: string;
  routes: ModuleRoute[];
}

/** A page loaded when first shown that can also be asked for ahead of time (the page an address opens, at start). */
export type LazyPage = LazyExoticComponent<ComponentType> & { preload: () => Promise<unknown> };

export function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  return Object.assign(lazy(load), { preload: load });
}
