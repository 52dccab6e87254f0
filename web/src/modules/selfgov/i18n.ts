import { defineMessages, useModuleT } from '../../app/i18n';

export const selfgovMessages = defineMessages(
  {
    'selfgov.topic.title': '议题',
    'selfgov.topic.add': '登记议题',
    'selfgov.topic.added': '议题已登记',
    'selfgov.topic.search': '按标题搜索',
    'selfgov.topic.unit': '所属单位',
    'selfgov.topic.titleField': '标题',
    'selfgov.topic.body': '内容',
    'selfgov.topic.createdAt': '登记时间',
  },
  {
    'selfgov.topic.title': 'Topics',
    'selfgov.topic.add': 'Record a topic',
    'selfgov.topic.added': 'Topic recorded',
    'selfgov.topic.search': 'Search by title',
    'selfgov.topic.unit': 'Unit',
    'selfgov.topic.titleField': 'Title',
    'selfgov.topic.body': 'Text',
    'selfgov.topic.createdAt': 'Recorded',
  },
);

export const useSelfgovT = () => useModuleT(selfgovMessages);
