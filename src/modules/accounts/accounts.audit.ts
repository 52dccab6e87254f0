import type { Label } from '../../platform/i18n.js';

/** What the audit log calls the accounts module's actions and records (served as `accounts.auditActions` / `accounts.auditTargets`). */
export const accountsAuditVocabulary: Record<'auditActions' | 'auditTargets', Record<string, Label>> = {
  auditActions: {
    'accounts.user.create': { zh: '新建用户', en: 'User created' },
    'accounts.user.update': { zh: '修改用户', en: 'User changed' },
    'accounts.user.enable': { zh: '启用用户', en: 'User enabled' },
    'accounts.user.disable': { zh: '停用用户', en: 'User disabled' },
    'accounts.user.unlock': { zh: '解除登录锁定', en: 'Login lock lifted' },
    'accounts.user.reset_password': { zh: '重置密码', en: 'Password reset' },
    'accounts.user.reset_second_factor': { zh: '重置二次验证', en: 'Second factor reset' },
    'accounts.position.add': { zh: '新增岗位', en: 'Position added' },
    'accounts.position.end': { zh: '结束岗位', en: 'Position ended' },
    'accounts.sign_up': { zh: '手机号注册', en: 'Signed up by phone' },
  },
  auditTargets: {
    position: { zh: '岗位', en: 'Position' },
  },
};
