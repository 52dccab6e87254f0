import { describe, expect, it } from 'vitest';
import { NO_SCOPE } from '../../platform/scope.js';
import { narrow } from './visit.territory.js';

describe('narrowing a territory to a scope', () => {
  const scope = (paths: string[]) => ({ ...NO_SCOPE, districtId: 1, paths });

  it('keeps the committees of a grid that the scope reaches, and only those', () => {
    // A grid over committees 3 and 4 of street 2, asked by the worker of committee 3.
    expect(narrow(scope(['/1/2/3/']), ['/1/2/3/', '/1/2/4/'])).toEqual(['/1/2/3/']);
    // Asked by the street: the whole grid.
    expect(narrow(scope(['/1/2/']), ['/1/2/3/', '/1/2/4/'])).toEqual(['/1/2/3/', '/1/2/4/']);
  });

  it('narrows to a part of a grid unit the scope reaches, and to nothing outside', () => {
    expect(narrow(scope(['/1/2/3/7/']), ['/1/2/3/'])).toEqual(['/1/2/3/7/']);
    expect(narrow(scope(['/1/9/']), ['/1/2/3/'])).toEqual([]);
    expect(narrow(scope([]), ['/1/2/3/'])).toEqual([]);
  });

  it('keeps each household counted once when paths nest', () => {
    expect(narrow(scope(['/1/2/', '/1/2/3/']), ['/1/2/3/', '/1/2/3/5/'])).toEqual(['/1/2/3/']);
    expect(narrow({ ...NO_SCOPE, all: true }, ['/1/2/3/5/', '/1/2/3/'])).toEqual(['/1/2/3/']);
  });
});
