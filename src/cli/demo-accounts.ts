import type { Core } from '../platform/core.js';
import { isLoopbackHost } from '../platform/config.js';
import { verifyPassword } from '../platform/auth/password.js';
import type { RoleId } from '../platform/roles.js';
import { DEMO_PASSWORD } from '../modules/accounts/accounts.demo.js';

/**
 * What start says when the server listens where others can reach it while demo accounts still open with the
 * public demo password: those accounts must then change it at their first login (AuthService.login).
 */
export function demoExposureWarning(host: string, demoAccounts: number): string[] {
  if (isLoopbackHost(host) || demoAccounts === 0) return [];
  const bar = '!'.repeat(100);
  return [
    bar,
    `!! 警告：服务监听 ${host}，其他计算机可以访问；仍有 ${demoAccounts} 个演示账号使用公开的演示密码 ${DEMO_PASSWORD}。`,
    '!!       演示账号首次登录时必须修改密码；正式使用前请停用演示账号，或只在本机（HOST=127.0.0.1）运行演示。',
    `!! WARNING: listening on ${host}, reachable from other machines, while ${demoAccounts} demo accounts still use the public demo password ${DEMO_PASSWORD}.`,
    '!!          Demo accounts must change their password at first login; disable them before real use, or run the demo on this machine only (HOST=127.0.0.1).',
    bar,
  ];
}

/**
 * Lists the demo accounts whose password is still the demo one, so that nobody is shown a stale password;
 * given the address the server listens on, warns when they are exposed. Returns how many there are.
 */
export async function printDemoAccounts(core: Core, log: (l: string) => void, host?: string): Promise<number> {
  const rows = await core.db
    .selectFrom('app_user')
    .innerJoin('position', 'position.user_id', 'app_user.id')
    .select([
      'app_user.username',
      'app_user.display_name',
      'app_user.password_hash',
      'position.id',
      'position.user_id',
      'position.district_id',
      'position.role',
      'position.unit_id',
      'position.department_id',
      'position.grid_id',
    ])
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
  const exposed = host !== undefined && demoExposureWarning(host, still.length).length > 0;
  if (!still.length && !extra.length) return 0;
  const names = core.scopeResolver
    ? await core.scopeResolver.describe(
        core.db,
        still.map((r) => ({
          id: r.id,
          userId: r.user_id,
          districtId: r.district_id,
          role: r.role as RoleId,
          unitId: r.unit_id,
          departmentId: r.department_id,
          gridId: r.grid_id,
        })),
      )
    : new Map();
  log('');
  if (still.length && exposed) {
    log(`演示账号（密码均为 ${DEMO_PASSWORD}；服务可从其他计算机访问，首次登录须修改密码）`);
    log(`Demo accounts (password ${DEMO_PASSWORD} for all; the server is reachable from other machines, so each must change it at first login):`);
  } else if (still.length && host !== undefined) {
    log(`演示账号（密码均为 ${DEMO_PASSWORD}；仅本机可访问，演示账号免于首次登录强制改密）`);
    log(`Demo accounts (password ${DEMO_PASSWORD} for all; reachable from this machine only, so demo accounts skip the forced first password change):`);
  } else if (still.length) {
    // Not listening (seed): whether they skip the forced change depends on where the server will listen.
    log(`演示账号（密码均为 ${DEMO_PASSWORD}；服务只在本机监听时免于首次登录强制改密）`);
    log(`Demo accounts (password ${DEMO_PASSWORD} for all; they skip the forced first password change while the server listens on this machine only):`);
  }
  for (const r of still) {
    const label = core.roles.labelOf(r.role);
    const n = names.get(r.id);
    const where = [n?.unitName, n?.gridName, n?.departmentName].filter(Boolean).join(' · ');
    log(`  ${r.username.padEnd(10)} ${label.zh} / ${label.en} — ${r.display_name}${where ? `（${where}）` : ''}`);
  }
  if (extra.length && still.length) log('');
  for (const line of extra) log(`  ${line}`);
  log('');
  if (host !== undefined) for (const line of demoExposureWarning(host, still.length)) log(line);
  return still.length;
}
