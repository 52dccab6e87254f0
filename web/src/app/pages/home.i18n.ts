import { defineMessages, useModuleT } from '../i18n';

/** The home page. */
export const homeMessages = defineMessages(
  {
    'home.welcome': '您好，{name}',
    'home.position': '岗位',
    'home.unit': '所属单位',
    'home.department': '部门',
    'home.grid': '网格',
    'home.quickLinks': '常用功能',
    'home.noPosition': '您当前没有有效岗位，请联系管理员。',
    'home.noLinks': '暂无可用功能',
  },
  {
    'home.welcome': 'Welcome, {name}',
    'home.position': 'Position',
    'home.unit': 'Unit',
    'home.department': 'Department',
    'home.grid': 'Grid',
    'home.quickLinks': 'Quick links',
    'home.noPosition': 'You have no active position; please contact the administrator.',
    'home.noLinks': 'Nothing available yet',
  },
);

export const useHomeT = () => useModuleT(homeMessages);
