import type { UnitType } from './org.schema.js';
import type { Label } from '../../platform/i18n.js';

/** The one level a unit type sits under: the tree is district → street → committee → compound → building → house. */
export const PARENT_TYPE: Record<UnitType, UnitType | null> = {
  district: null,
  street: 'district',
  committee: 'street',
  compound: 'committee',
  building: 'compound',
  house: 'building',
};

export const CHILD_TYPE: Record<UnitType, UnitType | null> = {
  district: 'street',
  street: 'committee',
  committee: 'compound',
  compound: 'building',
  building: 'house',
  house: null,
};

export const UNIT_TYPES = Object.keys(PARENT_TYPE) as UnitType[];

export const TYPE_LABEL: Record<UnitType, Label> = {
  district: { zh: '区', en: 'District' },
  street: { zh: '街道/镇', en: 'Street / town' },
  committee: { zh: '居委会/村委会', en: 'Committee / village' },
  compound: { zh: '小区', en: 'Compound' },
  building: { zh: '楼栋', en: 'Building' },
  house: { zh: '房屋', en: 'House' },
};

export const KINDS: Partial<Record<UnitType, string[]>> = { street: ['street', 'town'], committee: ['committee', 'village'] };

export function typeLabel(type: UnitType, kind: string | null): Label {
  if (kind === 'town') return { zh: '镇', en: 'Town' };
  if (kind === 'village') return { zh: '村委会', en: 'Village' };
  if (type === 'street') return { zh: '街道', en: 'Street' };
  if (type === 'committee') return { zh: '居委会', en: 'Committee' };
  return TYPE_LABEL[type];
}

/** Code lengths of the national division codes where the level has one; generated levels are free. */
const CODE_PATTERN: Partial<Record<UnitType, RegExp>> = {
  district: /^\d{6}$/,
  street: /^\d{9}$/,
  committee: /^\d{12}$/,
};

export type LevelProblem = { code: 'UNIT_LEVEL_INVALID'; params: { child: UnitType; parent: UnitType | 'none'; expected: UnitType | 'none' } };

export function checkLevel(child: UnitType, parent: UnitType | null): LevelProblem | null {
  const expected = PARENT_TYPE[child];
  if (expected === parent) return null;
  return { code: 'UNIT_LEVEL_INVALID', params: { child, parent: parent ?? 'none', expected: expected ?? 'none' } };
}

export function checkCode(type: UnitType, code: string | null | undefined): boolean {
  if (code === null || code === undefined) return true;
  const re = CODE_PATTERN[type];
  return re ? re.test(code) : /^[0-9A-Za-z-]{1,32}$/.test(code);
}

/** Moving a unit under itself or its own descendant would make a cycle. */
export const makesCycle = (unitPath: string, newParentPath: string) => newParentPath.startsWith(unitPath);

export const childPath = (parentPath: string | null, id: number) => `${parentPath ?? '/'}${id}/`;

export const idsOfPath = (path: string) => path.split('/').filter(Boolean).map(Number);
