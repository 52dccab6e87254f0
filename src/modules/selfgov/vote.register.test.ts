import { describe, expect, it } from 'vitest';
import { areaCentiOf, ownersRegister } from './vote.register.js';

describe('the owners’ register drawn for a vote', () => {
  it('reads recorded areas to the hundredth exactly and refuses what is not an area', () => {
    expect(areaCentiOf('87.65')).toBe(8765);
    expect(areaCentiOf('100')).toBe(10000);
    expect(areaCentiOf('60.5')).toBe(6050);
    expect(areaCentiOf('120.500')).toBe(12050);
    expect(areaCentiOf('0.07')).toBe(7);
    expect(areaCentiOf('12.345')).toBeNull();
    expect(areaCentiOf('-3')).toBeNull();
    expect(areaCentiOf('')).toBeNull();
  });

  it('groups co-owners of a house, and the houses of one owner, under one owner key', () => {
    const r = ownersRegister([
      { houseId: 10, areaM2: '80.00', ownerIds: [7] },
      { houseId: 11, areaM2: '90.00', ownerIds: [3, 7] },
      { houseId: 12, areaM2: '70.00', ownerIds: [5] },
      { houseId: 13, areaM2: '60.00', ownerIds: [] },
    ]);
    expect(r.parts).toEqual([
      { partId: 10, areaCenti: 8000, ownerKey: 'owner:3' },
      { partId: 11, areaCenti: 9000, ownerKey: 'owner:3' },
      { partId: 12, areaCenti: 7000, ownerKey: 'owner:5' },
      { partId: 13, areaCenti: 6000, ownerKey: 'house:13' },
    ]);
    expect(r.electors.sort((a, b) => a.personId - b.personId)).toEqual([
      { personId: 3, voterKey: 'owner:3' },
      { personId: 5, voterKey: 'owner:5' },
      { personId: 7, voterKey: 'owner:3' },
    ]);
  });

  it('names groups the same whatever order the houses come in', () => {
    const houses = [
      { houseId: 1, areaM2: '50', ownerIds: [9] },
      { houseId: 2, areaM2: '50', ownerIds: [9, 4] },
      { houseId: 3, areaM2: '50', ownerIds: [4, 2] },
    ];
    const keys = (hs: typeof houses) => Object.fromEntries(ownersRegister(hs).parts.map((p) => [p.partId, p.ownerKey]));
    expect(keys(houses)).toEqual({ 1: 'owner:2', 2: 'owner:2', 3: 'owner:2' });
    expect(keys([...houses].reverse())).toEqual(keys(houses));
  });

  it('will not draw a register with a house of unknown area', () => {
    expect(() => ownersRegister([{ houseId: 4, areaM2: null, ownerIds: [1] }])).toThrow('house 4 has no floor area');
  });
});
