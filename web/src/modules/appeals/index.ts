import { lazyPage, type WebModule } from '../../app/module';

/**
 * Appeals and work orders (server module `appeals`): reporting and tracking, the desk, dispatch, handling, routing
 * rules, summons, indicators, and interoperability (Open311 clients, transfer partners, hotline files).
 */
export const appealsModule: WebModule = {
  key: 'appeals',
  routes: [
    { path: '/appeals', component: lazyPage(() => import('./pages/DeskPage')), permission: 'appeals.intake' },
    { path: '/appeals/new', component: lazyPage(() => import('./pages/IntakePage')), permission: 'appeals.intake' },
    { path: '/appeals/mine', component: lazyPage(() => import('./pages/MyAppealsPage')), permission: 'appeals.report' },
    { path: '/appeals/report', component: lazyPage(() => import('./pages/ReportPage')), permission: 'appeals.report' },
    { path: '/appeals/dispatch', component: lazyPage(() => import('./pages/DispatchPage')), permission: 'appeals.dispatch' },
    { path: '/appeals/inbox', component: lazyPage(() => import('./pages/InboxPage')), permission: 'appeals.handle' },
    { path: '/appeals/rules', component: lazyPage(() => import('./pages/RulesPage')), permission: 'appeals.configure' },
    { path: '/appeals/summons', component: lazyPage(() => import('./pages/SummonsListPage')), permission: 'appeals.summons.read' },
    { path: '/appeals/summons/rates', component: lazyPage(() => import('./pages/SummonsRatesPage')), permission: 'appeals.indicators' },
    { path: '/appeals/dashboard', component: lazyPage(() => import('./pages/DashboardPage')), permission: 'appeals.indicators' },
    { path: '/appeals/open311-clients', component: lazyPage(() => import('./pages/Open311ClientsPage')), permission: 'appeals.configure' },
    { path: '/appeals/transfer-partners', component: lazyPage(() => import('./pages/TransferPartnersPage')), permission: 'appeals.transfer' },
    { path: '/appeals/summons/:id', component: lazyPage(() => import('./pages/SummonsPage')) },
    { path: '/appeals/:id', component: lazyPage(() => import('./pages/OrderPage')) },
  ],
};
