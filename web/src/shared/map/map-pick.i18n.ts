import { defineMessages, useModuleT } from '../../app/i18n';

const messages = defineMessages(
  { 'pick.search': '搜索小区、楼栋、门牌地址、居委会或街道', 'pick.none': '本区没有找到这个地方' },
  { 'pick.search': 'Search a compound, building, address, committee or street', 'pick.none': 'No such place in this district' },
);

export const useMapPickT = () => useModuleT(messages);
