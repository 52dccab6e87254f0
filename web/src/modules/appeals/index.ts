import { lazy } from 'react';
import type { WebModule } from '../../app/module';

/**
 * Appeals and work orders (server module `appeals`): reporting and tracking, the desk, dispatch, handling, routing
 * rules, summons, indicators, and interoperability (Open311 clients, transfer partners, hotline files).
 */
export const appealsModule: WebModule = {
  key: 'appeals',
  routes: [
    { path: '/appeals', component: lazy(() => import('./pages/DeskPage')), permission: 'appeals.intake' },
    { path: '/appeals/new', component: lazy(() => import('./pages/IntakePage')), permission: 'appeals.intake' },
    { path: '/appeals/mine', component: lazy(() => import('./pages/MyAppealsPage')), permission: 'appeals.report' },
    { path: '/appeals/report', component: lazy(() => import('./pages/ReportPage')), permission: 'appeals.report' },
    { path: '/appeals/dispatch', component: lazy(() => import('./pages/DispatchPage')), permission: 'appeals.dispatch' },
    { path: '/appeals/inbox', component: lazy(() => import('./pages/InboxPage')), permission: 'appeals.handle' },
    { path: '/appeals/rules', component: lazy(() => import('./pages/RulesPage')), permission: 'appeals.configure' },
    { path: '/appeals/summons', component: lazy(() => import('./pages/SummonsListPage')), permission: 'appeals.summons.read' },
    { path: '/appeals/summons/rates', component: lazy(() => import('./pages/SummonsRatesPage')), permission: 'appeals.indicators' },
    { path: '/appeals/dashboard', component: lazy(() => import('./pages/DashboardPage')), permission: 'appeals.indicators' },
    { path: '/appeals/open311-clients', component: lazy(() => import('./pages/Open311ClientsPage')), permission: 'appeals.configure' },
    { path: '/appeals/transfer-partners', component: lazy(() => import('./pages/TransferPartnersPage')), permission: 'appeals.transfer' },
    { path: '/appeals/summons/:id', component: lazy(() => import('./pages/SummonsPage')) },
    { path: '/appeals/:id', component: lazy(() => import('./pages/OrderPage')) },
  ],
};
