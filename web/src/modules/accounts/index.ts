import { lazyPage, type WebModule } from '../../app/module';

/** Accounts: users, positions, password resets (server module `accounts`). */
export const accountsModule: WebModule = {
  key: 'accounts',
  routes: [
    { path: '/accounts/users', component: lazyPage(() => import('./pages/UsersPage')), permission: 'accounts.user.read' },
    { path: '/accounts/users/:id', component: lazyPage(() => import('./pages/UserDetailPage')), permission: 'accounts.user.read' },
  ],
};
