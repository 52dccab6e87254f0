import type { Label } from '../../platform/i18n.js';

export const accountsMessages: Record<string, Label> = {
  USER_EXISTS: { zh: '用户名 {username} 已存在', en: 'Username {username} is taken' },
  USERNAME_INVALID: { zh: '用户名只能包含字母、数字、点、下划线和连字符（3–50 位）', en: 'A username has 3–50 letters, digits, dots, underscores or hyphens' },
  ROLE_NOT_ASSIGNABLE: { zh: '您不能授予“{role}”岗位', en: 'You cannot grant the position "{role}"' },
  ROLE_UNKNOWN: { zh: '未知的角色 {role}', en: 'Unknown role {role}' },
  POSITION_UNIT_TYPE: { zh: '“{role}”岗位应设在{expected}，而“{unit}”是{actual}', en: 'A "{role}" position belongs to a {expected}; "{unit}" is a {actual}' },
  POSITION_GRID_REQUIRED: { zh: '网格员岗位需要指定本街镇的网格', en: 'A grid worker position needs a grid of that street' },
  POSITION_DEPARTMENT_REQUIRED: { zh: '职能部门岗位需要指定部门', en: 'A department position needs a department' },
  POSITION_ENDED: { zh: '该岗位已结束', en: 'This position has already ended' },
  ACCOUNT_BEYOND_AUTHORITY: {
    zh: '该账号还担任超出您权限的岗位，不能由您管理；请联系上级管理员',
    en: 'This account also holds a position beyond your authority; ask a manager above you',
  },
  ACCOUNT_SELF_DISABLE: { zh: '不能停用您自己的账号', en: 'You cannot disable your own account' },
  DISPLAY_NAME_REQUIRED: { zh: '请填写姓名', en: 'Enter a name' },
  SECOND_FACTOR_SELF_RESET: {
    zh: '您自己的两步验证请在“两步验证”页面停用（需密码与验证码）',
    en: 'Turn your own two-factor authentication off on the two-factor page (password and a code)',
  },
  POSITION_LAST: { zh: '这是该用户唯一的在岗岗位，结束前请先添加新岗位或停用账号', en: "This is the user's only active position; add another first" },
};
