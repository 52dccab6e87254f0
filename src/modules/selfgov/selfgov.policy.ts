import type { PermissionDef } from '../../platform/module.js';

export const SELFGOV = {
  read: 'selfgov.read',
  manage: 'selfgov.manage',
  meet: 'selfgov.meet',
  approveMinutes: 'selfgov.approveMinutes',
  vote: 'selfgov.vote',
  validateVote: 'selfgov.validateVote',
} as const;

// Those who work in a territory read its topics and meetings; committees and the levels above keep them.
export const selfgovPermissions: Record<string, PermissionDef> = {
  [SELFGOV.read]: {
    label: { zh: '查看议题和会议', en: 'View topics and meetings' },
    roles: ['committee_worker', 'committee_head', 'grid_worker', 'street_staff', 'district_staff', 'admin'],
  },
  [SELFGOV.manage]: {
    label: { zh: '登记和修改议题', en: 'Record and change topics' },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'district_staff', 'admin'],
  },
  [SELFGOV.meet]: {
    label: { zh: '召开会议（议程、签到、纪要、决议）', en: 'Hold meetings (agenda, sign-in, minutes, decisions)' },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'district_staff', 'admin'],
  },
  // The minutes are the meeting's record: the one who drafts them is not the one who locks them in, as a rule.
  [SELFGOV.approveMinutes]: {
    label: { zh: '审定会议纪要', en: 'Approve minutes' },
    roles: ['committee_head', 'street_staff', 'district_staff', 'admin'],
  },
  // Residents vote; whether they may on a given vote is the vote's frozen register, checked at each ballot.
  [SELFGOV.vote]: {
    label: { zh: '参加投票', en: 'Take part in votes' },
    roles: ['resident'],
  },
  // Publishing a result is a sign-off by someone answerable for it, apart from those who ran the vote.
  [SELFGOV.validateVote]: {
    label: { zh: '审核并公布投票结果', en: 'Validate and publish vote results' },
    roles: ['committee_head', 'street_staff', 'district_staff', 'admin'],
  },
};
