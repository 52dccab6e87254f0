import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password.js';

describe('password policy', () => {
  it('wants 8 characters of 3 classes', () => {
    expect(checkPasswordPolicy('Ab1!').problems).toContain('length');
    expect(checkPasswordPolicy('abcdefgh').problems).toContain('classes');
    expect(checkPasswordPolicy('abcdefg1').problems).toContain('classes');
    expect(checkPasswordPolicy('hxkdqmG7').ok).toBe(true);
    expect(checkPasswordPolicy('hxkdqm7!').ok).toBe(true);
  });

  it('refuses a password containing the username', () => {
    expect(checkPasswordPolicy('Wang.li2024', { username: 'wang.li' }).problems).toContain('username');
    expect(checkPasswordPolicy('W@ng.l1-2024', { username: 'wang.li' }).problems).toContain('username');
  });

  it('refuses common passwords, ignoring case and look-alikes, and the most common ones dressed in digits and symbols', () => {
    // Each meets the class rules; each is on the list of passwords found in breaches, or made of its head.
    for (const pw of [
      'Password1',
      'P@ssw0rd',
      'PASSWORD1',
      'Qwerty123',
      'Admin@123',
      'Password#2026',
      'P@ssw0rd!2026',
      '2026@Welcome',
      'Iloveyou520!',
      'Qq123456',
    ]) {
      expect(checkPasswordPolicy(pw).problems, pw).toContain('common');
    }
    // A rarer word with a year is left to the class rules: the list's head only is that predictable.
    for (const pw of ['Another#2026', 'Factory#2026', 'Hx7#kd92Lq', 'Better#2026x']) expect(checkPasswordPolicy(pw).problems, pw).not.toContain('common');
  });

  it("refuses the user's own names and the district's name, in characters or pinyin", () => {
    const who = { username: 'wangfang', displayName: '社工 王芳', districtName: '静安区' };
    expect(checkPasswordPolicy('Wangfang#88', who).problems).toEqual(expect.arrayContaining(['username', 'name']));
    expect(checkPasswordPolicy('Xyz王芳#2026', who).problems).toContain('name');
    expect(checkPasswordPolicy('Jingan@2026', who).problems).toContain('district');
    expect(checkPasswordPolicy('J1ng4n#2026', who).problems).toContain('district');
    expect(checkPasswordPolicy('静安区Hx7#kd', who).problems).toContain('district');
    expect(checkPasswordPolicy('Hx7#kd92Lq', who).ok).toBe(true);
  });

  it('accepts the demo password for every demo account of the demo districts', () => {
    const names = ['admin', 'district', 'street', 'dept', 'head', 'worker', 'worker2', 'grid', 'leader', 'resident', 'org', 'evaluator'];
    for (const districtName of ['静安区', '长宁区', '黄浦区', '上城区']) {
      for (const username of names) expect(checkPasswordPolicy('Linli@2026', { username, displayName: '居委会书记 周丽', districtName }).problems).toEqual([]);
    }
  });
});

describe('argon2id', () => {
  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('Secret#123');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'Secret#123')).toBe(true);
    expect(await verifyPassword(h, 'secret#123')).toBe(false);
    expect(await verifyPassword('garbage', 'x')).toBe(false);
  });
});
