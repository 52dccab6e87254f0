import type { Label } from '../../platform/i18n.js';

export const signUpMessages: Record<string, Label> = {
  SIGN_UP_PHONE_INVALID: {
    zh: '请输入 11 位中国大陆手机号码（如 13812345678）',
    en: 'Enter an 11-digit mainland China mobile number (such as 13812345678)',
  },
  SIGN_UP_RESEND_WAIT: { zh: '验证码已发送，请 {seconds} 秒后再获取', en: 'A code was just sent; ask again in {seconds} seconds' },
  SIGN_UP_TOO_MANY: {
    zh: '一小时内获取验证码的次数过多（同一手机号最多 {perPhone} 次，同一网络最多 {perSource} 次），请稍后再试',
    en: 'Too many codes asked for in an hour (at most {perPhone} per phone, {perSource} per network); try again later',
  },
  SIGN_UP_CODE_WRONG: { zh: '验证码不正确或已过期，请核对或重新获取', en: 'The code is wrong or has expired; check it or ask for a new one' },
  SIGN_UP_CODE_SPENT: {
    zh: '验证码输错 {max} 次，已失效，请重新获取',
    en: 'The code was entered wrongly {max} times and no longer works; ask for a new one',
  },
  SIGN_UP_DISTRICT_CLOSED: { zh: '所选的区暂未开放手机号注册', en: 'The district chosen does not take sign-ups by phone' },
};
