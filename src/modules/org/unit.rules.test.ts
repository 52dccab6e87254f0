import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCode, checkLevel, childPath, idsOfPath, makesCycle, UNIT_TYPES, PARENT_TYPE } from './unit.rules.js';

describe('unit rules', () => {
  it('accepts each type only under its own parent type', () => {
    for (const child of UNIT_TYPES) {
      for (const parent of [...UNIT_TYPES, null]) {
        expect(checkLevel(child, parent) === null).toBe(PARENT_TYPE[child] === parent);
      }
    }
    expect(checkLevel('compound', 'street')?.params).toEqual({ child: 'compound', parent: 'street', expected: 'committee' });
  });

  it('checks national code lengths', () => {
    expect(checkCode('street', '310106001')).toBe(true);
    expect(checkCode('street', '31010600')).toBe(false);
    expect(checkCode('committee', '310106001001')).toBe(true);
    expect(checkCode('committee', '3101060010')).toBe(false);
    expect(checkCode('compound', 'C-01')).toBe(true);
    expect(checkCode('house', null)).toBe(true);
  });

  it('detects cycles by path', () => {
    expect(makesCycle('/1/2/', '/1/2/3/')).toBe(true);
    expect(makesCycle('/1/2/', '/1/2/')).toBe(true);
    expect(makesCycle('/1/2/', '/1/20/')).toBe(false);
  });

  it('paths round-trip to ids', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 1, maxLength: 8 }), (ids) => {
        let path: string | null = null;
        for (const id of ids) path = childPath(path, id);
        expect(idsOfPath(path!)).toEqual(ids);
      }),
    );
  });
});
