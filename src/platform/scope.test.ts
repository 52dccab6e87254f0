import { describe, expect, it } from 'vitest';
import { rootPathOf, type Scope } from './scope.js';

const scope = (paths: string[], all = false): Scope => ({ all, districtId: 1, paths, departmentId: null, gridId: null });

describe('rootPathOf', () => {
  it("gives a unit's path when the unit is one of the scope's roots", () => {
    expect(rootPathOf(scope(['/1/2/3/', '/1/5/']), 3)).toBe('/1/2/3/');
    expect(rootPathOf(scope(['/1/2/3/', '/1/5/']), 5)).toBe('/1/5/');
  });

  it('never answers for an ancestor, a look-alike id or anything an administrator reaches: those are looked up', () => {
    expect(rootPathOf(scope(['/1/2/3/']), 2)).toBeUndefined();
    expect(rootPathOf(scope(['/1/2/23/']), 3)).toBeUndefined();
    expect(rootPathOf(scope(['/1/2/3/']), 33)).toBeUndefined();
    expect(rootPathOf(scope([], true), 1)).toBeUndefined();
  });
});
