import type { Label } from '../../platform/i18n.js';

/** Error codes of this module: each starts with its id, so no other module can take one. */
export const selfgovMessages: Record<string, Label> = {
  SELFGOV_TOPIC_TITLE_EMPTY: { zh: '议题标题不能为空', en: 'A topic needs a title' },
  SELFGOV_MEETING_TITLE_EMPTY: { zh: '会议名称不能为空', en: 'A meeting needs a title' },
  SELFGOV_MEETING_TYPE_UNKNOWN: { zh: '本区没有会议类型 {code}', en: 'The district has no meeting type {code}' },
  SELFGOV_MEETING_TYPE_AGENCY: {
    zh: '「{typeZh}」是代理事项，按诉求办理，不召开会议',
    en: '"{typeEn}" is an agency: its cases are handled like appeals, not held as meetings',
  },
  SELFGOV_MEETING_LEVEL: {
    zh: '「{typeZh}」在{levelZh}召开，所选单位不是{levelZh}',
    en: '"{typeEn}" is held by a {levelEn}; the unit chosen is not one',
  },
  SELFGOV_MEETING_PLACE_MISSING: { zh: '现场会议须填写地点', en: 'A meeting in person needs a place' },
  SELFGOV_MEETING_LINK_MISSING: { zh: '线上会议须填写会议链接', en: 'An online meeting needs a link' },
  SELFGOV_MEETING_PUBLISHED: { zh: '会议已公开，不能再修改', en: 'The meeting is published and can no longer be changed' },
  SELFGOV_MEETING_HAS_DECISIONS: {
    zh: '会议已形成 {count} 项决议，不能删除',
    en: 'The meeting took {count} decision(s) and cannot be deleted',
  },
  SELFGOV_TOPIC_ON_AGENDA: { zh: '该议题已在本次会议议程中', en: 'The topic is already on this meeting’s agenda' },
  SELFGOV_TOPIC_NOT_ON_AGENDA: { zh: '该议题不在本次会议议程中', en: 'The topic is not on this meeting’s agenda' },
  SELFGOV_STEP_NOT_ALLOWED: {
    zh: '「{typeZh}」不能对议题执行「{stepZh}」，该类会议可执行：{allowedZh}',
    en: 'A "{typeEn}" cannot {stepEn} a topic; this type of meeting can: {allowedEn}',
  },
  SELFGOV_SIGN_IN_CODE_UNKNOWN: { zh: '签到码 {code} 不是本次会议的签到码', en: 'Sign-in code {code} is not one of this meeting' },
  SELFGOV_SIGNED_IN_ALREADY: { zh: '{name} 已签到', en: '{name} has already signed in' },
  SELFGOV_INVITEE_GROUP: {
    zh: '「{roleZh}」是待填写的受邀群体，请先填写参会人姓名',
    en: '"{roleEn}" is an invitee group still to be filled: add the people by name first',
  },
  SELFGOV_INVITEE_ROLE_UNKNOWN: { zh: '「{typeZh}」不邀请「{role}」', en: 'A "{typeEn}" does not invite "{role}"' },
  SELFGOV_INVITEE_NAME_EMPTY: { zh: '参会人姓名不能为空', en: 'An invitee needs a name' },
  SELFGOV_MINUTES_EMPTY: { zh: '会议纪要不能为空', en: 'The minutes are empty' },
  SELFGOV_MINUTES_LOCKED: { zh: '会议纪要已审定锁定，不能修改', en: 'The minutes are approved and locked' },
  SELFGOV_MINUTES_NOT_DRAFTED: { zh: '会议纪要尚未起草，无法审定', en: 'There are no drafted minutes to approve' },
  SELFGOV_MINUTES_NOT_APPROVED: { zh: '会议纪要审定后才能公开会议', en: 'Approve the minutes before publishing the meeting' },
  SELFGOV_OPINION_EMPTY: { zh: '意见内容不能为空', en: 'An opinion needs its text' },
  SELFGOV_DECISION_EMPTY: { zh: '决议内容不能为空', en: 'A decision needs its text' },
  SELFGOV_FOLLOW_UP_EMPTY: { zh: '跟进任务须写明事项和责任人', en: 'A follow-up task needs what is to be done and who owns it' },
  SELFGOV_VOTES_EXCEED_PRESENT: {
    zh: '表决票数 {votes} 多于签到人数 {present}，请核对',
    en: '{votes} votes is more than the {present} people signed in: check the count',
  },
  SELFGOV_DECISION_UNKNOWN: { zh: '本次会议没有编号为 {id} 的决议', en: 'This meeting has no decision {id}' },
  SELFGOV_VOTE_QUESTION_EMPTY: { zh: '投票事项不能为空', en: 'A vote needs a question' },
  SELFGOV_VOTE_OPTIONS: { zh: '投票须有 2 至 20 个不重复、非空的选项', en: 'A poll needs 2 to 20 distinct, non-empty options' },
  SELFGOV_VOTE_RULES: {
    zh: '业主表决须选择事项类别（重大/一般）、以业主为投票人；普通投票须设定参与率和多数规则',
    en: 'An owners’ vote needs its matter (major/ordinary) and owners as voters; a poll needs its quorum and majority',
  },
  SELFGOV_VOTE_TIMES: { zh: '投票结束时间须晚于开始时间', en: 'A vote must close after it opens' },
  SELFGOV_VOTE_STATE: { zh: '投票当前为「{statusZh}」，不能{stepZh}', en: 'The vote is {statusEn}: it cannot be {stepEn}' },
  SELFGOV_VOTE_AREA_MISSING: {
    zh: '{count} 户房屋没有登记建筑面积（如 {houses}），业主名册不完整，不能开始表决',
    en: '{count} house(s) have no floor area on record (e.g. {houses}): the owners’ register is incomplete and the vote cannot open',
  },
  SELFGOV_VOTE_REGISTER_EMPTY: { zh: '该范围内没有可投票的{whoZh}', en: 'There are no {whoEn} to vote in this unit' },
  SELFGOV_VOTE_NOT_OPEN: { zh: '投票不在进行中（{statusZh}）', en: 'The vote is not open ({statusEn})' },
  SELFGOV_VOTE_OUTSIDE_HOURS: { zh: '不在投票时间内（{opensAt} 至 {closesAt}）', en: 'Outside the voting hours ({opensAt} to {closesAt})' },
  SELFGOV_VOTE_CHOICE: { zh: '选项 {choice} 不存在，本投票有 {count} 个选项', en: 'There is no option {choice}: this vote has {count}' },
  SELFGOV_VOTE_ALREADY_CAST: { zh: '已经投过票，每位投票人只能投一次', en: 'A ballot has already been cast for this voter: one each' },
  SELFGOV_VOTE_NOT_ELECTOR: { zh: '您不在本次投票的名册中', en: 'You are not on this vote’s register' },
  SELFGOV_VOTE_RESULT_HIDDEN: { zh: '投票结束前不显示结果', en: 'No result is shown before the vote closes' },
  SELFGOV_VOTE_SECRET: { zh: '无记名投票不公开各人的选择', en: 'A secret vote does not show anyone’s choice' },
};
