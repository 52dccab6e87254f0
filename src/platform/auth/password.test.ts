import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password.js';

describe('password policy', () => {
  it('wants 8 characters of 3 classes', () => {
    expect(checkPasswordPolicy('Ab1!').problems).toContain('length');
    expect(checkPasswordPolicy('abcdefgh').problems).toContain('classes');
    expect(checkPasswordPolicy('abcdefg1').problems).toContain('classes');
    expect(checkPasswordPolicy('abcdefG1').ok).toBe(true);
    expect(checkPasswordPolicy('abcdef1!').ok).toBe(true);
  });
  it('refuses a password containing the username', () => {
    expect(checkPasswordPolicy('Wang.li2024', 'wang.li').problems).toContain('username');
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
