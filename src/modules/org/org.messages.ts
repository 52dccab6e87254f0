import type { Label } from '../../platform/i18n.js';

export const orgMessages: Record<string, Label> = {
  UNIT_LEVEL_INVALID: {
    zh: '层级不对：{childLabel}只能建在{expectedLabel}之下，不能建在{parentLabel}之下',
    en: 'Wrong level: a {childLabel} belongs under a {expectedLabel}, not under a {parentLabel}',
  },
  UNIT_CODE_DUPLICATE: { zh: '编码 {code} 已被“{other}”使用', en: 'Code {code} is already used by "{other}"' },
  UNIT_CODE_INVALID: { zh: '编码 {code} 格式不正确：{typeLabel}编码应为 {expected}', en: 'Code {code} is malformed: a {typeLabel} code is {expected}' },
  UNIT_CYCLE: { zh: '不能把“{name}”移到它自己或它的下级之下', en: 'Cannot move "{name}" under itself or one of its descendants' },
  UNIT_RETIRED: { zh: '“{name}”已撤销，不能再在其下操作', en: '"{name}" has been retired; nothing can be done under it' },
  UNIT_HAS_CHILDREN: {
    zh: '“{name}”下还有 {count} 个在用的下级单位，请先迁移或撤销它们',
    en: '"{name}" still has {count} active units under it; move or retire them first',
  },
  UNIT_NAME_EMPTY: { zh: '名称不能为空', en: 'The name must not be empty' },
  UNIT_KIND_INVALID: { zh: '{typeLabel}的类别只能是 {allowed}', en: 'A {typeLabel} kind must be one of {allowed}' },
  UNIT_ROOT_FIXED: { zh: '区是单位树的根，不能移动', en: 'A district is the root of the tree and cannot be moved' },
  UNIT_LOCATION_TYPE: {
    zh: '只能给区、街道、居委会、小区和楼栋设置地图位置，不能给{typeLabel}设置',
    en: 'Only districts, streets, committees, compounds and buildings go on the map, not a {typeLabel}',
  },
  POINT_OUT_OF_RANGE: {
    zh: '位置超出范围：纬度应在 3–54 之间，经度应在 73–136 之间（WGS-84）',
    en: 'Point out of range: latitude 3–54, longitude 73–136 (WGS-84)',
  },
  BOUNDARY_INVALID: { zh: '边界不正确：{problem}', en: 'The boundary is not valid: {problem}' },
  POINT_OUTSIDE_BOUNDARY: { zh: '位置点应在边界之内', en: 'The point must lie inside the boundary' },
  UNIT_SAME_PARENT: { zh: '“{name}”已经在该上级之下', en: '"{name}" is already under that parent' },
};
