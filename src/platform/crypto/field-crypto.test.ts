import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCrypto, loadDataKey } from './field-crypto.js';

describe('field crypto', () => {
  for (const mode of ['aes', 'sm'] as const) {
    it(`${mode}: round-trips, never repeats a ciphertext, and detects tampering`, () => {
      const c = createFieldCrypto(randomBytes(32), mode);
      const a = c.encrypt('310106195003071234');
      const b = c.encrypt('310106195003071234');
      expect(a).not.toBe(b);
      expect(a).not.toContain('1234');
      expect(c.decrypt(a)).toBe('310106195003071234');
      const raw = Buffer.from(a.slice(3), 'base64');
      raw[raw.length - 1]! ^= 1;
      expect(() => c.decrypt(a.slice(0, 3) + raw.toString('base64'))).toThrow();
    });
  }

  it('reads values written in the other mode with the same key', () => {
    const key = randomBytes(32);
    expect(createFieldCrypto(key, 'aes').decrypt(createFieldCrypto(key, 'sm').encrypt('13812345678'))).toBe('13812345678');
  });

  it('keyed lookup hashes: stable, normalised, key-dependent', () => {
    const key = randomBytes(32);
    const c = createFieldCrypto(key);
    expect(c.lookupHash('11010519491231002x ')).toBe(c.lookupHash('11010519491231002X'));
    expect(c.lookupHash('a')).not.toBe(createFieldCrypto(randomBytes(32)).lookupHash('a'));
  });

  it('creates a key file readable by its owner only, and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'linli-key-'));
    const file = join(dir, 'keys', 'data.key');
    const k1 = loadDataKey(file, {});
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadDataKey(file, {}).equals(k1)).toBe(true);
    expect(readFileSync(file, 'utf8').trim().length).toBeGreaterThan(40);
    expect(loadDataKey(file, { LINLI_DATA_KEY: 'ab'.repeat(32) }).equals(Buffer.from('ab'.repeat(32), 'hex'))).toBe(true);
  });
});
