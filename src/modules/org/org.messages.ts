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
  UNIT_SAME_PARENT: { zh: '“{name}”已经在该上级之下', en: '"{name}" is already under that parent' },
};
