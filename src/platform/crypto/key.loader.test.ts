import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKey } from './key.loader.js';
import { loadAuditKey } from '../audit/audit.sealer.js';
import { loadDataKey } from './field-crypto.js';

const dir = mkdtempSync(join(tmpdir(), 'linli-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('key files', () => {
  it('creates a 32-byte key readable by its owner only, reuses it, and leaves nothing else behind', () => {
    const file = join(dir, 'a', 'keys', 'audit.key');
    const k1 = loadKey('LINLI_TEST_KEY', file, {});
    expect(k1.length).toBe(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadKey('LINLI_TEST_KEY', file, {}).equals(k1)).toBe(true);
    expect(readdirSync(join(dir, 'a', 'keys'))).toEqual(['audit.key']);
  });

  it('prefers the environment, and refuses a key of the wrong length there or in the file', () => {
    const file = join(dir, 'b', 'k.key');
    expect(loadKey('LINLI_TEST_KEY', file, { LINLI_TEST_KEY: 'cd'.repeat(32) }).equals(Buffer.from('cd'.repeat(32), 'hex'))).toBe(true);
    expect(() => loadKey('LINLI_TEST_KEY', file, { LINLI_TEST_KEY: 'cd'.repeat(16) })).toThrow(/LINLI_TEST_KEY must be 32 bytes/);
    writeFileSync(join(dir, 'short.key'), Buffer.alloc(16).toString('base64'));
    expect(() => loadKey('LINLI_TEST_KEY', join(dir, 'short.key'), {})).toThrow(/32-byte key/);
  });

  it('gives the audit key a file and a variable of its own, apart from the data key', () => {
    const keys = join(dir, 'c', 'keys');
    const data = loadDataKey(join(keys, 'data.key'), {});
    const audit = loadAuditKey(join(keys, 'audit.key'), {});
    expect(audit.equals(data)).toBe(false);
    expect(readFileSync(join(keys, 'audit.key'), 'utf8')).not.toBe(readFileSync(join(keys, 'data.key'), 'utf8'));
    expect(loadAuditKey(join(keys, 'audit.key'), { LINLI_AUDIT_KEY: 'ef'.repeat(32), LINLI_DATA_KEY: 'ab'.repeat(32) }).toString('hex')).toBe('ef'.repeat(32));
  });
});
