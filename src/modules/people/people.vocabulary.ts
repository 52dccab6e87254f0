import type { Label } from '../../platform/i18n.js';
import { PROBLEM_LABEL } from './people.messages.js';
import { DOC_TYPE_LABEL, RELATION_LABEL, RESIDENCE_LABEL } from './people.types.js';

/** Labels of the values people routes send, served by GET /api/vocabulary as `people.<name>`. */
export const peopleVocabulary: Record<string, Record<string, Label>> = {
  gender: {
    male: { zh: '男', en: 'Male' },
    female: { zh: '女', en: 'Female' },
  },
  residence: RESIDENCE_LABEL,
  docType: DOC_TYPE_LABEL,
  houseRelation: RELATION_LABEL,
  houseUse: {
    residence: { zh: '自住', en: 'Own home' },
    rental: { zh: '出租', en: 'Rented out' },
    shop: { zh: '商铺', en: 'Shop' },
    vacant: { zh: '空置', en: 'Vacant' },
    other: { zh: '其他', en: 'Other' },
  },
  ownership: {
    private: { zh: '私有产权', en: 'Private' },
    public_rental: { zh: '公有租赁', en: 'Public rental' },
    other: { zh: '其他', en: 'Other' },
  },
  visitKind: {
    routine: { zh: '日常走访', en: 'Routine' },
    care: { zh: '关爱走访', en: 'Care' },
    follow_up: { zh: '回访', en: 'Follow-up' },
    patrol: { zh: '巡查', en: 'Patrol' },
  },
  needCategory: {
    elderly: { zh: '为老', en: 'Elderly' },
    housing: { zh: '房屋', en: 'Housing' },
    environment: { zh: '环境', en: 'Environment' },
    safety: { zh: '安全', en: 'Safety' },
    neighbourhood: { zh: '邻里', en: 'Neighbourhood' },
    service: { zh: '服务', en: 'Services' },
    other: { zh: '其他', en: 'Other' },
  },
  needStatus: {
    open: { zh: '待处理', en: 'Open' },
    linked: { zh: '已转办', en: 'Referred' },
    solved: { zh: '已解决', en: 'Solved' },
  },
  tagSource: {
    rule: { zh: '规则计算', en: 'Rule' },
    manual: { zh: '手工设置', en: 'Set by hand' },
    import: { zh: '导入', en: 'Import' },
  },
  tagLevel: {
    city: { zh: '市级', en: 'City' },
    district: { zh: '区级', en: 'District' },
    street: { zh: '街镇级', en: 'Street' },
  },
  /** What a visit coverage counted: a grid, a unit of a type, or a position's several units. */
  territoryKind: {
    grid: { zh: '网格', en: 'Grid' },
    district: { zh: '区', en: 'District' },
    street: { zh: '街镇', en: 'Street / town' },
    committee: { zh: '居村委', en: 'Committee / village' },
    compound: { zh: '小区', en: 'Compound' },
    building: { zh: '楼栋', en: 'Building' },
    house: { zh: '房屋', en: 'House' },
    scope: { zh: '辖区', en: 'Territory' },
  },
  exportStatus: {
    pending: { zh: '待审批', en: 'Pending' },
    approved: { zh: '已批准', en: 'Approved' },
    rejected: { zh: '已驳回', en: 'Rejected' },
    expired: { zh: '已过期', en: 'Expired' },
    downloaded: { zh: '已下载', en: 'Downloaded' },
  },
  /** A person's field problems (PERSON_INVALID details), shown under the field. */
  personProblem: PROBLEM_LABEL,
  /** Why a person no longer lives here. */
  departure: {
    moved_out: { zh: '已迁出', en: 'Moved away' },
    deceased: { zh: '已故', en: 'Deceased' },
  },
};
