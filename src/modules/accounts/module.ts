import { defineModule } from '../../platform/module.js';
import { accountsMessages } from './accounts.messages.js';
import { ACCOUNTS, accountsPermissions } from './accounts.policy.js';
import { seedDemoAccounts } from './accounts.demo.js';
import { userRoutes } from './user.routes.js';
import * as users from './user.repository.js';

export const accountsModule = defineModule({
  id: 'accounts',
  name: { zh: '用户与岗位', en: 'Users and positions' },
  dependsOn: ['org'],
  permissions: accountsPermissions,
  messages: accountsMessages,
  routes: (app, core) => userRoutes(app, core),
  navigation: [
    { key: 'accounts.users', path: '/accounts/users', label: { zh: '用户与岗位', en: 'Users & positions' }, icon: 'TeamOutlined', permission: ACCOUNTS.read, order: 90, group: { zh: '系统', en: 'System' } },
  ],
  resources: {
    user: {
      sample: (db, scope, inside) => users.sample(db, scope, inside),
      visible: async (db, scope, id) => !!(await users.findVisible(db, scope, Number(id))),
    },
  },
  demo: async (ctx) => {
    ctx.shared.demoAccounts = await seedDemoAccounts(ctx);
  },
});
