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
    'home.todos': '我的待办',
    'home.todosError': '待办数量暂时无法读取',
    'home.overdue': '超时 {n}',
    'home.badge': '{n} 项待办',
    'home.badgeOverdue': '{n} 项待办，其中 {overdue} 项超时',
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
    'home.todos': 'My to-dos',
    'home.todosError': 'The to-do counts cannot be read just now',
    'home.overdue': '{n} overdue',
    'home.badge': '{n} waiting',
    'home.badgeOverdue': '{n} waiting, {overdue} overdue',
  },
);

export const useHomeT = () => useModuleT(homeMessages);
