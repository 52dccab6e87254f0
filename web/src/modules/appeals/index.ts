import { lazy } from 'react';
import type { WebModule } from '../../app/module';

/**
 * Appeals and work orders (server module `appeals`): reporting and tracking, the desk, dispatch, handling, routing
 * rules, summons, indicators, and interoperability (Open311 clients, transfer partners, hotline files).
 */
export const appealsModule: WebModule = {
  key: 'appeals',
  routes: [
    { path: '/appeals', component: lazy(() => import('./pages/DeskPage')) },
    { path: '/appeals/new', component: lazy(() => import('./pages/IntakePage')) },
    { path: '/appeals/mine', component: lazy(() => import('./pages/MyAppealsPage')) },
    { path: '/appeals/report', component: lazy(() => import('./pages/ReportPage')) },
    { path: '/appeals/dispatch', component: lazy(() => import('./pages/DispatchPage')) },
    { path: '/appeals/inbox', component: lazy(() => import('./pages/InboxPage')) },
    { path: '/appeals/rules', component: lazy(() => import('./pages/RulesPage')) },
    { path: '/appeals/summons', component: lazy(() => import('./pages/SummonsListPage')) },
    { path: '/appeals/summons/rates', component: lazy(() => import('./pages/SummonsRatesPage')) },
    { path: '/appeals/dashboard', component: lazy(() => import('./pages/DashboardPage')) },
    { path: '/appeals/open311-clients', component: lazy(() => import('./pages/Open311ClientsPage')) },
    { path: '/appeals/transfer-partners', component: lazy(() => import('./pages/TransferPartnersPage')) },
    { path: '/appeals/summons/:id', component: lazy(() => import('./pages/SummonsPage')) },
    { path: '/appeals/:id', component: lazy(() => import('./pages/OrderPage')) },
  ],
};
