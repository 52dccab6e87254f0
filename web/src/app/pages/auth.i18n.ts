import { defineMessages, useModuleT } from '../i18n';

/** Login and password pages. */
export const authPagesMessages = defineMessages(
  {
    'login.title': '登录邻里',
    'login.subtitle': '一个平台，一次登录',
    'login.username': '用户名或手机号',
    'login.password': '密码',
    'login.submit': '登录',
    'login.usernameRequired': '请输入用户名或手机号',
    'login.passwordRequired': '请输入密码',
    'login.demoHintTitle': '演示账号',
    'login.demoHint': '演示账号见启动日志',
    'login.sessionExpired': '会话已过期，请重新登录',
    'login.idleLoggedOut': '您已长时间未操作，已自动退出，请重新登录',
    'login.public': '公开诉求与指标',
    'login.signUp': '居民没有账号？用手机号注册',

    'password.title': '修改密码',
    'password.forced': '首次登录或密码已被重置，请先修改密码后再继续使用。',
    'password.current': '当前密码',
    'password.new': '新密码',
    'password.confirm': '确认新密码',
    'password.mismatch': '两次输入的新密码不一致',
    'password.policyTitle': '密码规则',
    'password.policy':
      '至少 8 个字符，且包含小写字母、大写字母、数字、符号中的至少 3 类；不能是常见密码，不能包含用户名、姓名或所在区的名称；不能与当前密码相同。',
    'password.policyFail': '新密码不符合密码规则',
    'password.submit': '修改密码',
    'password.success': '密码已修改',
  },
  {
    'login.title': 'Sign in to Linli',
    'login.subtitle': 'One platform, one login',
    'login.username': 'Username or mobile number',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.usernameRequired': 'Please enter your username or mobile number',
    'login.passwordRequired': 'Please enter your password',
    'login.demoHintTitle': 'Demo accounts',
    'login.demoHint': 'Demo accounts are printed at start-up',
    'login.sessionExpired': 'Your session has expired; please sign in again',
    'login.idleLoggedOut': 'You were signed out after a period of inactivity; please sign in again',
    'login.public': 'Public reports and indicators',
    'login.signUp': 'A resident without an account? Sign up with your phone',

    'password.title': 'Change password',
    'password.forced': 'This is your first sign-in or your password was reset: please change your password to continue.',
    'password.current': 'Current password',
    'password.new': 'New password',
    'password.confirm': 'Confirm new password',
    'password.mismatch': 'The two new passwords do not match',
    'password.policyTitle': 'Password rules',
    'password.policy':
      "At least 8 characters, with at least 3 of: lowercase letters, uppercase letters, digits, symbols; not a common password, and not containing your username, your name or your district's name; it must differ from the current password.",
    'password.policyFail': 'The new password does not meet the rules',
    'password.submit': 'Change password',
    'password.success': 'Password changed',
  },
);

export const useAuthPagesT = () => useModuleT(authPagesMessages);
