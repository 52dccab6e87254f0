import { registerMessages } from '../errors.js';

registerMessages({
  // The same answer for an unknown name, a wrong password and a locked pair, so it names all three.
  AUTH_INVALID: {
    zh: '用户名或密码错误；连续失败多次后，本设备的登录将暂停一段时间',
    en: 'Wrong username or password; after repeated failures, logging in from this device pauses for a while',
  },
  PASSWORD_WRONG: { zh: '当前密码不正确', en: 'The current password is wrong' },
  PASSWORD_POLICY: {
    zh: '新密码不符合要求：至少 8 位，且包含小写字母、大写字母、数字、符号中的至少 3 类；不能是常见密码，不能包含用户名、姓名或所在区的名称',
    en: "The new password does not meet the rules: at least 8 characters from at least 3 of lowercase, uppercase, digits and symbols; not a common password, and not containing the username, the name or the district's name",
  },
  TOKEN_PERMISSIONS: {
    zh: '令牌只能包含您当前岗位拥有的权限（不具备：{missing}）',
    en: 'A token can only carry permissions your position holds (missing: {missing})',
  },
  PASSWORD_REUSED: { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
});
