import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * A 32-byte secret kept outside the database: the environment variable `envName` (64 hex characters or
 * base64) when set; otherwise a key file created on first start with owner-only permissions. Server processes
 * starting together on a fresh folder end up with one key: the file appears complete or not at all (written
 * aside, then hard-linked into place, which fails if another process got there first), and the loser reads it.
 */
export function loadKey(envName: string, keyFile: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env[envName];
  if (fromEnv) {
    const key = /^[0-9a-f]{64}$/i.test(fromEnv) ? Buffer.from(fromEnv, 'hex') : Buffer.from(fromEnv, 'base64');
    if (key.length !== 32) throw new Error(`${envName} must be 32 bytes (64 hex characters or base64)`);
    return key;
  }
  if (!existsSync(keyFile)) create(keyFile);
  const key = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${keyFile} does not hold a 32-byte key (base64)`);
  return key;
}

function create(keyFile: string): void {
  mkdirSync(dirname(keyFile), { recursive: true });
  const aside = join(dirname(keyFile), `.${basename(keyFile)}.${process.pid}.${randomBytes(4).toString('hex')}`);
  writeFileSync(aside, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  chmodSync(aside, 0o600);
  try {
    linkSync(aside, keyFile);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    rmSync(aside, { force: true });
  }
}
