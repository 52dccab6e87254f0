import type { FileStorage } from '../storage/storage.js';
import { isKeyedAlg, type AuditSealer, type KeyedAlg } from './audit.sealer.js';

/**
 * A signed note, kept outside the database, that the chain had reached entry `seq` with hash `hash` at time
 * `at`. Whoever rewrites or cuts the chain in the database (even recomputing every hash after it, which needs
 * the key) cannot make a checkpoint written earlier match again: the verifier compares each one with the entry
 * at its seq. Each is written to the file store and as a log line, two places a database account cannot reach.
 */
export interface Checkpoint {
  seq: number;
  hash: string;
  at: string;
  /** What signed it: the mode of the process that wrote it. */
  alg: KeyedAlg;
  signature: string;
}

export const CHECKPOINT_PREFIX = 'audit/checkpoints/';

/** The log line's field that carries the checkpoint: `linli audit verify --checkpoints FILE` reads it back. */
export const LOG_FIELD = 'auditCheckpoint';

/** Zero-padded, so that a listing sorts as the chain does. */
export const checkpointKey = (seq: number) => `${CHECKPOINT_PREFIX}${String(seq).padStart(12, '0')}.json`;

const signed = (c: { seq: number; hash: string; at: string }) => `${c.seq}\n${c.hash}\n${c.at}`;

export function signCheckpoint(sealer: AuditSealer, entry: { seq: number; hash: string }, at = new Date()): Checkpoint {
  const body = { seq: Number(entry.seq), hash: entry.hash, at: at.toISOString() };
  return { ...body, alg: sealer.alg, signature: sealer.sign(signed(body)) };
}

/** Why a checkpoint found was not taken: unreadable, or not signed by this deployment's audit key. */
export type CheckpointFault = 'format' | 'signature';

export function checkCheckpoint(sealer: AuditSealer, value: unknown): { checkpoint: Checkpoint } | { fault: CheckpointFault } {
  const c = value as Partial<Checkpoint> | null;
  const wellFormed =
    !!c &&
    typeof c === 'object' &&
    Number.isSafeInteger(c.seq) &&
    c.seq! > 0 &&
    typeof c.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(c.hash) &&
    typeof c.at === 'string' &&
    !Number.isNaN(Date.parse(c.at)) &&
    typeof c.alg === 'string' &&
    isKeyedAlg(c.alg) &&
    typeof c.signature === 'string';
  if (!wellFormed) return { fault: 'format' };
  const checkpoint: Checkpoint = { seq: c.seq!, hash: c.hash!, at: c.at!, alg: c.alg as KeyedAlg, signature: c.signature! };
  return sealer.verify(checkpoint.alg, signed(checkpoint), checkpoint.signature) ? { checkpoint } : { fault: 'signature' };
}

const stdoutLine = (line: string) => void process.stdout.write(`${line}\n`);

/**
 * Signs a checkpoint of the entry and writes it to the store, then as a JSON log line (pino's shape, as the
 * server's own lines). Never called inside a transaction: the store may be slow, and the chain must not wait.
 */
export async function writeCheckpoint(
  services: { storage: FileStorage; auditSealer: AuditSealer },
  entry: { seq: number; hash: string },
  log: (line: string) => void = stdoutLine,
): Promise<Checkpoint> {
  const checkpoint = signCheckpoint(services.auditSealer, entry);
  await services.storage.put(checkpointKey(checkpoint.seq), Buffer.from(`${JSON.stringify(checkpoint)}\n`), { contentType: 'application/json' });
  log(JSON.stringify({ level: 30, time: Date.now(), msg: `审计检查点 / audit checkpoint: entry ${checkpoint.seq}`, [LOG_FIELD]: checkpoint }));
  return checkpoint;
}

/** A checkpoint found (where: its key in the store, or file:line of a log), or what was wrong with it. */
export interface FoundCheckpoint {
  source: string;
  checkpoint?: Checkpoint;
  fault?: CheckpointFault;
}

/** Every checkpoint in the store, each checked; read a few at a time (a bucket answers slowly, one by one). */
export async function readStoredCheckpoints(storage: FileStorage, sealer: AuditSealer): Promise<FoundCheckpoint[]> {
  const keys = await storage.list(CHECKPOINT_PREFIX);
  const out: FoundCheckpoint[] = new Array(keys.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < keys.length; i = next++) {
      const text = (await (await storage.get(keys[i]!)).bytes()).toString('utf8');
      out[i] = { source: keys[i]!, ...checkText(sealer, text) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, keys.length) }, worker));
  return out;
}

/** The checkpoints of log lines (JSON lines, as the server wrote them); other lines are skipped. */
export function readLoggedCheckpoints(sealer: AuditSealer, text: string, name: string): FoundCheckpoint[] {
  const out: FoundCheckpoint[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.includes(`"${LOG_FIELD}"`)) return;
    let value: unknown;
    try {
      value = (JSON.parse(line) as Record<string, unknown>)[LOG_FIELD];
    } catch {
      value = null;
    }
    out.push({ source: `${name}:${i + 1}`, ...checkCheckpoint(sealer, value) });
  });
  return out;
}

function checkText(sealer: AuditSealer, text: string) {
  try {
    return checkCheckpoint(sealer, JSON.parse(text));
  } catch {
    return { fault: 'format' as const };
  }
}
