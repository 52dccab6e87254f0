import type { Core } from '../platform/core.js';
import { verifyPassword } from '../platform/auth/password.js';
import { roleDef, type RoleId } from '../platform/roles.js';
import { DEMO_PASSWORD } from '../modules/accounts/accounts.demo.js';

/** Lists the demo accounts whose password is still the demo one, so that nobody is shown a stale password. */
export async function printDemoAccounts(core: Core, log: (l: string) => void) {
  const rows = await core.db
    .selectFrom('app_user')
    .innerJoin('position', 'position.user_id', 'app_user.id')
    .select(['app_user.username', 'app_user.display_name', 'app_user.password_hash', 'position.id', 'position.user_id', 'position.district_id', 'position.role', 'position.unit_id', 'position.department_id', 'position.grid_id'])
    .where('app_user.is_demo', '=', true)
    .where('app_user.active', '=', true)
    .where('position.ended_at', 'is', null)
    .orderBy('app_user.id')
    .execute();
  const still = [];
  for (const r of rows) if (await verifyPassword(r.password_hash, DEMO_PASSWORD)) still.push(r);
  // What modules add beside the accounts: demo API keys and partner secrets that still work.
  const extra: string[] = [];
  for (const m of core.modules) if (m.demoCredentials) extra.push(...(await m.demoCredentials(core)));
  if (!still.length && !extra.length) return;
  const names = core.scopeResolver
    ? await core.scopeResolver.describe(core.db, still.map((r) => ({ id: r.id, userId: r.user_id, districtId: r.district_id, role: r.role as RoleId, unitId: r.unit_id, departmentId: r.department_id, gridId: r.grid_id })))
    : new Map();
  log('');
  if (still.length) {
    log(`演示账号（密码均为 ${DEMO_PASSWORD}；演示账号免于首次登录强制改密）`);
    log(`Demo accounts (password ${DEMO_PASSWORD} for all; demo accounts skip the forced first password change):`);
  }
  for (const r of still) {
    const label = roleDef(r.role).label;
    const n = names.get(r.id);
    const where = [n?.unitName, n?.gridName, n?.departmentName].filter(Boolean).join(' · ');
    log(`  ${r.username.padEnd(10)} ${label.zh} / ${label.en} — ${r.display_name}${where ? `（${where}）` : ''}`);
  }
  if (extra.length && still.length) log('');
  for (const line of extra) log(`  ${line}`);
  log('');
}
