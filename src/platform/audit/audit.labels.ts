import type { Label } from '../i18n.js';
import type { ModuleManifest } from '../module.js';

/** What the audit log calls the platform's own actions (sign-in, second factors, tokens, seeding) and records. */
export const PLATFORM_AUDIT_ACTIONS: Record<string, Label> = {
  'auth.login': { zh: '登录', en: 'Signed in' },
  'auth.login_failed': { zh: '登录失败', en: 'Sign-in failed' },
  'auth.locked': { zh: '登录锁定', en: 'Sign-in locked' },
  'auth.logout': { zh: '退出登录', en: 'Signed out' },
  'auth.password_changed': { zh: '修改密码', en: 'Password changed' },
  'auth.position_switched': { zh: '切换岗位', en: 'Position switched' },
  'auth.oidc_failed': { zh: '统一身份认证登录失败', en: 'Single sign-on failed' },
  'auth.oidc_refused': { zh: '统一身份认证账号未开通', en: 'Single sign-on refused: no such account' },
  'auth.second_factor_asked': { zh: '要求二次验证', en: 'Second factor asked' },
  'auth.second_factor_failed': { zh: '二次验证失败', en: 'Second factor failed' },
  'auth.totp.setup': { zh: '开始设置动态口令', en: 'Authenticator setup started' },
  'auth.totp.enabled': { zh: '启用动态口令', en: 'Authenticator enabled' },
  'auth.totp.disabled': { zh: '停用动态口令', en: 'Authenticator disabled' },
  'auth.totp.recovery_used': { zh: '使用恢复码登录', en: 'Recovery code used' },
  'auth.totp.recovery_codes_renewed': { zh: '重新生成恢复码', en: 'Recovery codes renewed' },
  'auth.token.issue': { zh: '签发接口令牌', en: 'API token issued' },
  'auth.token.revoke': { zh: '吊销接口令牌', en: 'API token revoked' },
  'platform.district.seed': { zh: '创建演示区数据', en: 'Demo district created' },
  'platform.catalog.sync': { zh: '目录按配置更新', en: 'Catalog updated from its profile' },
  'platform.audit.keyed': { zh: '审计日志启用密钥签写', en: 'Audit log keyed' },
};

export const PLATFORM_AUDIT_TARGETS: Record<string, Label> = {
  user: { zh: '用户', en: 'User' },
  api_token: { zh: '接口令牌', en: 'API token' },
  district: { zh: '区', en: 'District' },
  catalog: { zh: '目录', en: 'Catalog' },
  audit_chain: { zh: '审计日志链', en: 'Audit chain' },
};

export interface AuditLabels {
  actions: Map<string, Label>;
  targets: Map<string, Label>;
}

/**
 * The labels of every audited action and record: the platform's, and each module's `auditActions` and
 * `auditTargets` vocabularies. A module labels only its own actions (`<module>.…`); a record type has one
 * owner, so the log never shows one record under two names.
 */
export function auditLabelsOf(modules: readonly Pick<ModuleManifest, 'id' | 'vocabulary'>[]): AuditLabels {
  const actions = new Map(Object.entries(PLATFORM_AUDIT_ACTIONS));
  const targets = new Map(Object.entries(PLATFORM_AUDIT_TARGETS));
  const targetOwner = new Map([...targets.keys()].map((k) => [k, 'platform']));
  for (const m of modules) {
    for (const [action, label] of Object.entries(m.vocabulary?.auditActions ?? {})) {
      if (!action.startsWith(`${m.id}.`))
        throw new Error(`模块 ${m.id} 的审计动作 ${action} 须以 "${m.id}." 开头 / audit action ${action} of module ${m.id} must start with "${m.id}."`);
      actions.set(action, label);
    }
    for (const [target, label] of Object.entries(m.vocabulary?.auditTargets ?? {})) {
      const owner = targetOwner.get(target);
      if (owner)
        throw new Error(`审计对象 ${target} 已由 ${owner} 命名，${m.id} 又命名一次 / audit target ${target} is labelled by ${owner} and again by ${m.id}`);
      targetOwner.set(target, m.id);
      targets.set(target, label);
    }
  }
  return { actions, targets };
}
