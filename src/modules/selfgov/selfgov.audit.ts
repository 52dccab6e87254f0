import type { Label } from '../../platform/i18n.js';

/** What the audit log calls the self-governance module's actions and records (served as `selfgov.auditActions` / `selfgov.auditTargets`). */
export const selfgovAuditVocabulary: Record<'auditActions' | 'auditTargets', Record<string, Label>> = {
  auditActions: {
    'selfgov.topic.create': { zh: '新建议题', en: 'Topic created' },
    'selfgov.topic.update': { zh: '修改议题', en: 'Topic changed' },
    'selfgov.topic.step': { zh: '会议执行议题步骤', en: 'Topic step taken at a meeting' },
    'selfgov.meeting.create': { zh: '召开会议', en: 'Meeting called' },
    'selfgov.meeting.agenda': { zh: '议题列入议程', en: 'Topic put on the agenda' },
    'selfgov.meeting.invite': { zh: '邀请参会人', en: 'Invitee added' },
    'selfgov.meeting.signIn': { zh: '会议签到', en: 'Signed in at a meeting' },
    'selfgov.meeting.delete': { zh: '删除会议', en: 'Meeting deleted' },
    'selfgov.meeting.publish': { zh: '公开会议结果', en: 'Meeting published' },
    'selfgov.minutes.draft': { zh: '起草会议纪要', en: 'Minutes drafted' },
    'selfgov.minutes.approve': { zh: '审定会议纪要', en: 'Minutes approved' },
    'selfgov.opinion.raise': { zh: '记录会议意见', en: 'Opinion recorded' },
    'selfgov.opinion.resolve': { zh: '意见办理结果', en: 'Opinion followed up' },
    'selfgov.decision.record': { zh: '记录会议决议', en: 'Decision recorded' },
    'selfgov.followUp.add': { zh: '添加跟进任务', en: 'Follow-up task added' },
    'selfgov.vote.create': { zh: '发起投票', en: 'Vote drafted' },
    'selfgov.vote.open': { zh: '开始投票（冻结名册）', en: 'Vote opened (register frozen)' },
    'selfgov.vote.cast': { zh: '投票', en: 'Ballot cast' },
    'selfgov.vote.close': { zh: '结束投票', en: 'Vote closed' },
    'selfgov.vote.publish': { zh: '审核公布投票结果', en: 'Vote result validated and published' },
  },
  auditTargets: {
    selfgov_topic: { zh: '议题', en: 'Topic' },
    selfgov_meeting: { zh: '会议', en: 'Meeting' },
    selfgov_vote: { zh: '投票', en: 'Vote' },
  },
};
