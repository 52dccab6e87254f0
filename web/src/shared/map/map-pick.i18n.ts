import { defineMessages, useModuleT } from '../../app/i18n';

const messages = defineMessages(
  { 'pick.search': '搜索小区、居委会或街道', 'pick.none': '本区没有这个名字的地方' },
  { 'pick.search': 'Search a compound, committee or street', 'pick.none': 'No place of that name in this district' },
);

export const useMapPickT = () => useModuleT(messages);
