import { describe, expect, it } from 'vitest';
import { ageOn, checkPerson, nameKeys } from './person.rules.js';
import { makeResidentId } from './id-number.js';
import type { PersonRecord } from './people.types.js';

const base: PersonRecord = {
  name: '张秀英',
  docType: 'resident_id',
  docNumber: makeResidentId('310106', '1941-03-08', 2),
  gender: null,
  birthDate: null,
  ethnicity: '汉族',
  phone: '13812345678',
  residence: 'registered_living',
  nationality: null,
};

describe('person rules', () => {
  it('fills gender and birth date from the ID number', () => {
    const r = checkPerson(base);
    expect(r.ok && r.person).toMatchObject({ gender: 'female', birthDate: '1941-03-08' });
  });
  it('refuses a gender or birth date that contradicts the ID number', () => {
    const r = checkPerson({ ...base, gender: 'male', birthDate: '1941-03-09' });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['ID_GENDER_MISMATCH', 'ID_BIRTH_MISMATCH']);
  });
  it('checks other documents and phones', () => {
    const r = checkPerson({ ...base, docType: 'hk_macao_permit', docNumber: 'X123', phone: '12345' });
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['docNumber', 'phone']);
    expect(checkPerson({ ...base, docType: 'hk_macao_permit', docNumber: 'H12345678', residence: 'migrant' }).ok).toBe(true);
  });
  it('keys names by pinyin and initials', () => {
    expect(nameKeys('张秀英')).toEqual({ pinyin: 'zhangxiuying', initials: 'zxy' });
    expect(nameKeys('吕绿')).toEqual({ pinyin: 'lvlv', initials: 'll' });
    expect(nameKeys('John Smith').pinyin).toBe('johnsmith');
  });
  it('counts whole years', () => {
    expect(ageOn('1946-11-23', '2026-11-23')).toBe(80);
    expect(ageOn('1946-11-24', '2026-11-23')).toBe(79);
  });
});
