import { defineModule } from '../../platform/module.js';
import { accountsMessages } from './accounts.messages.js';
import { ACCOUNTS, accountsPermissions } from './accounts.policy.js';
import { accountsRoles } from './accounts.roles.js';
import { seedDemoAccounts } from './accounts.demo.js';
import { userRoutes } from './user.routes.js';
import { secondFactorRoutes } from './second-factor.routes.js';
import { unitIdsWithin } from '../org/index.js';
import { accountsAuditVocabulary } from './accounts.audit.js';
import { accountsMigrations } from './accounts.migrations.js';
import { signUpMessages } from './sign-up.messages.js';
import { signUpRoles } from './sign-up.role.js';
import { signUpRoutes } from './sign-up.routes.js';
import './accounts.schema.js';

export const accountsModule = defineModule({
  id: 'accounts',
  name: { zh: '用户与岗位', en: 'Users and positions' },
  dependsOn: ['org'],
  permissions: accountsPermissions,
  roles: [...accountsRoles, ...signUpRoles],
  migrations: accountsMigrations,
  tables: ['accounts_sign_up_code', 'accounts_sign_up_send'],
  messages: { ...accountsMessages, ...signUpMessages },
  vocabulary: accountsAuditVocabulary,
  routes: (app, core) => {
    userRoutes(app, core);
    secondFactorRoutes(app, core);
    signUpRoutes(app, core);
  },
  navigation: [
    {
      key: 'accounts.users',
      path: '/accounts/users',
      label: { zh: '用户与岗位', en: 'Users & positions' },
      icon: 'TeamOutlined',
      permission: ACCOUNTS.read,
      order: 90,
      group: { zh: '系统', en: 'System' },
    },
  ],
  resources: {
    'accounts.user': {
      table: 'app_user',
      idColumn: 'app_user.id',
      // A user with an active position anchored inside the scope.
      reachable: (db, scope) =>
        db.selectFrom('position as p').select('p.user_id as id').where('p.ended_at', 'is', null).where('p.unit_id', 'in', unitIdsWithin(db, scope)),
    },
  },
  demo: async (ctx) => {
    ctx.shared.demoAccounts = await seedDemoAccounts(ctx);
  },
});
