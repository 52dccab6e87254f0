import { defineMessages, useModuleT } from '../../app/i18n';

/** Texts of a resident's own binding request, Chinese first. */
const bindMeMessages = defineMessages(
  {
    'bindMe.title': '绑定我的房屋',
    'bindMe.subtitle': '填写您在居委会登记的姓名和身份证件号码，居委会核实后，您的账号就绑定到您家的房屋。',
    'bindMe.name': '姓名',
    'bindMe.nameRequired': '请填写登记的姓名',
    'bindMe.docNumber': '身份证件号码',
    'bindMe.docNumberRequired': '请填写身份证件号码',
    'bindMe.privacy': '证件号码只用于与登记信息核对，加密保存；无论是否找到登记信息，答复都一样。',
    'bindMe.submit': '提交绑定申请',
    'bindMe.sent': '已提交，等待居委会核实',
    'bindMe.pending': '您的绑定申请已提交（{at}），请等待居委会核实；{until} 前未处理将自动失效。',
    'bindMe.withdraw': '撤回申请',
    'bindMe.withdrawn': '已撤回，可重新填写',
    'bindMe.bound': '您的账号已绑定：{name}',
    'bindMe.lastRejected': '上次的申请未通过，请核对后重新提交。',
    'bindMe.report': '随手拍反映问题',
    'bindMe.mine': '我反映的问题',
  },
  {
    'bindMe.title': 'Bind my house',
    'bindMe.subtitle': 'Give the name and ID number your committee registered; once it checks them, your account is bound to your house.',
    'bindMe.name': 'Name',
    'bindMe.nameRequired': 'Enter your registered name',
    'bindMe.docNumber': 'ID number',
    'bindMe.docNumberRequired': 'Enter your ID number',
    'bindMe.privacy':
      'The number is used only to check against the register and is stored encrypted; the answer is the same whether a record was found or not.',
    'bindMe.submit': 'Ask to be bound',
    'bindMe.sent': 'Sent: your committee will check it',
    'bindMe.pending': 'Your request was sent ({at}); your committee will check it. Unless decided by {until}, it lapses.',
    'bindMe.withdraw': 'Withdraw',
    'bindMe.withdrawn': 'Withdrawn: you may ask again',
    'bindMe.bound': 'Your account is bound: {name}',
    'bindMe.lastRejected': 'Your last request was not approved; check the details and ask again.',
    'bindMe.report': 'Report a problem',
    'bindMe.mine': 'My reports',
  },
);

export const useBindMeT = () => useModuleT(bindMeMessages);
