import { registerMessages } from '../errors.js';

registerMessages({
  TOTP_ALREADY_ENABLED: {
    zh: '两步验证已启用；如需更换验证器，请先停用再重新设置',
    en: 'Two-factor authentication is already on; to change the authenticator, turn it off and set it up again',
  },
  TOTP_NOT_STARTED: { zh: '请先开始设置两步验证（生成密钥）', en: 'Start the two-factor setup first (create a key)' },
  TOTP_NOT_ENABLED: { zh: '尚未启用两步验证', en: 'Two-factor authentication is not on' },
  TOTP_CODE_WRONG: {
    zh: '验证码不正确或已用过：请输入验证器当前显示的 6 位数字，或一个未用过的恢复码',
    en: 'The code is wrong or already used: enter the 6 digits the authenticator shows now, or an unused recovery code',
  },
  TOTP_REQUIRED_FOR_ROLE: {
    zh: '您的岗位必须使用两步验证，不能停用；如更换或丢失了手机，请联系管理员重置',
    en: 'Your position requires two-factor authentication, so it cannot be turned off; if you changed or lost your phone, ask an administrator to reset it',
  },
  SECOND_FACTOR_INVALID: {
    zh: '验证码或恢复码不正确，请重试（还可尝试 {left} 次）',
    en: 'The code or recovery code is wrong; try again ({left} attempts left)',
  },
  SECOND_FACTOR_MISSING: { zh: '请输入验证器中的 6 位验证码，或一个恢复码', en: 'Enter the 6-digit code from your authenticator, or a recovery code' },
  LOGIN_CHALLENGE_ENDED: {
    zh: '登录验证已超时或尝试次数过多，请重新输入用户名和密码',
    en: 'The login check timed out or had too many attempts; enter your username and password again',
  },
  SECOND_FACTOR_ENROLL_REQUIRED: {
    zh: '您的岗位须使用两步验证：请先在“两步验证”页面完成设置',
    en: 'Your position requires two-factor authentication: set it up on the two-factor page first',
  },
  OIDC_DISABLED: { zh: '本系统未配置单点登录', en: 'Single sign-on is not configured here' },
});
