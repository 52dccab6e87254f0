import type { CryptoMode, FieldCrypto } from '../../../platform/crypto/field-crypto.js';
import { startWorker } from '../../../platform/worker.js';
import { sealedPerson } from '../person.columns.js';
import type { PersonRow } from '../people.types.js';

/**
 * Valid rows of a file on their way to the staging table, column by column and still in clear: a person's
 * first row carries their details; a later row of the same person (a house owned elsewhere) only its tie.
 */
export class RawBatch {
  rowNo: number[] = [];
  first: boolean[] = [];
  committeeId: number[] = [];
  rows: PersonRow[] = [];

  get size() {
    return this.rowNo.length;
  }

  push(rowNo: number, first: boolean, committeeId: number, row: PersonRow) {
    this.rowNo.push(rowNo);
    this.first.push(first);
    this.committeeId.push(committeeId);
    this.rows.push(row);
  }
}

/** What a batch's rows hand to sealing (and, for a large file, to the sealing thread). */
export type RawRows = Pick<RawBatch, 'rowNo' | 'first' | 'committeeId' | 'rows'>;

/** A person's stored details, as sealedPerson gives them: a person's first row carries them, later rows none. */
export const PERSON_FIELDS = [
  'name',
  'name_pinyin',
  'name_initials',
  'doc_type',
  'doc_enc',
  'doc_masked',
  'doc_last4',
  'gender',
  'birth_date',
  'ethnicity',
  'nationality',
  'phone_hash',
  'phone_enc',
  'phone_masked',
  'phone_last4',
  'residence',
] as const;

/** The staging table's columns and their types, in the order a sealed batch gives them. */
export const STAGE_COLUMNS = {
  row_no: 'int',
  is_first: 'boolean',
  committee_id: 'int',
  compound: 'text',
  building: 'text',
  room: 'text',
  doc_hash: 'text',
  name: 'text',
  name_pinyin: 'text',
  name_initials: 'text',
  doc_type: 'text',
  doc_enc: 'text',
  doc_masked: 'text',
  doc_last4: 'text',
  gender: 'text',
  birth_date: 'date',
  ethnicity: 'text',
  nationality: 'text',
  phone_hash: 'text',
  phone_enc: 'text',
  phone_masked: 'text',
  phone_last4: 'text',
  residence: 'text',
  relation: 'text',
  since: 'date',
  head_hash: 'text',
  relation_to_head: 'text',
} as const;
export type StageColumn = keyof typeof STAGE_COLUMNS;

/** A batch as stored: each column one PostgreSQL array literal, ready to be unnested into the staging table. */
export type SealedBatch = Record<StageColumn, string>;

type Cell = string | number | boolean | null;

const NEEDS_ESCAPE = /[\\"]/;

/** An array literal of PostgreSQL: every element quoted, so that no value can be read as syntax. */
function arrayLiteral(values: Cell[]): string {
  // One join at the end: appending to one growing string made every batch a long chain of small strings.
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) parts[i] = 'NULL';
    else if (typeof v === 'boolean') parts[i] = v ? 't' : 'f';
    else if (typeof v === 'number') parts[i] = String(v);
    else parts[i] = NEEDS_ESCAPE.test(v) ? `"${v.replace(/[\\"]/g, '\\$&')}"` : `"${v}"`;
  }
  return `{${parts.join(',')}}`;
}

/**
 * Seals a batch: numbers encrypted with their keyed hashes, masks and last digits, names keyed in pinyin —
 * the clear numbers stop here. A first row that names no head heads its household; a later row joins a
 * household there only when it names its head.
 */
export function sealBatch(crypto: FieldCrypto, b: RawRows): SealedBatch {
  const cols = Object.fromEntries(Object.keys(STAGE_COLUMNS).map((c) => [c, [] as Cell[]])) as Record<StageColumn, Cell[]>;
  for (let i = 0; i < b.rowNo.length; i++) {
    try {
      sealRow(crypto, b, i, cols);
    } catch (e) {
      throw new RowSealError(String(b.rowNo[i]), (e as Error).message);
    }
  }
  return Object.fromEntries(Object.entries(cols).map(([c, v]) => [c, arrayLiteral(v)])) as SealedBatch;
}

function sealRow(crypto: FieldCrypto, b: RawRows, i: number, cols: Record<StageColumn, Cell[]>) {
  const r = b.rows[i]!;
  const first = b.first[i]!;
  const sealed = first ? sealedPerson(crypto, r.person) : null;
  const docHash = sealed?.doc_hash ?? crypto.lookupHash(r.person.docNumber);
  cols.row_no.push(b.rowNo[i]!);
  cols.is_first.push(first);
  cols.committee_id.push(b.committeeId[i]!);
  cols.compound.push(r.address.compound);
  cols.building.push(r.address.building);
  cols.room.push(r.address.room);
  cols.doc_hash.push(docHash);
  for (const f of PERSON_FIELDS) cols[f].push(sealed ? sealed[f] : null);
  cols.relation.push(r.relation);
  cols.since.push(r.since);
  cols.head_hash.push(r.headDocNumber ? crypto.lookupHash(r.headDocNumber) : first ? docHash : null);
  cols.relation_to_head.push(r.relationToHead ?? (r.headDocNumber || !first ? null : '户主'));
}

/** A row (or, when a sealing thread died, the rows of its batch) that could not be sealed. */
export class RowSealError extends Error {
  constructor(
    readonly rows: string,
    readonly reason: string,
  ) {
    super(`row ${rows}: ${reason}`);
    this.name = 'RowSealError';
  }
}

/** A sealing thread's answer: the batch sealed, or the row it could not seal (an Error loses its fields on the way). */
export type SealOutcome = { sealed: SealedBatch } | { failedRows: string; reason: string };

/** The body of a sealing thread (see import.sealer.worker.ts). */
export function sealOutcome(crypto: FieldCrypto, b: RawRows): SealOutcome {
  try {
    return { sealed: sealBatch(crypto, b) };
  } catch (e) {
    if (e instanceof RowSealError) return { failedRows: e.rows, reason: e.reason };
    throw e;
  }
}

export interface Sealer {
  seal(b: RawBatch): Promise<SealedBatch>;
  close(): Promise<void>;
}

/** Seals on the caller's thread: for small files, where starting a thread would cost more than it saves. */
export const sealHere = (crypto: FieldCrypto): Sealer => ({ seal: async (b) => sealBatch(crypto, b), close: async () => undefined });

/** The sealing thread's module: a test hands another to see a thread fail. */
export const SEALER_WORKER = new URL('./import.sealer.worker.ts', import.meta.url);

/**
 * Seals on `threads` worker threads with the same data key, batches handed out in turn: a large file's
 * encryption and pinyin (most of an import's CPU) run on every core while the caller's thread reads and checks
 * the rows that follow. Each batch's answer is its own promise; the caller keeps their order and bounds how
 * many are in flight. A row that cannot be sealed, or a thread that dies, rejects with a RowSealError naming the
 * row (or the dead thread's batch).
 */
export function sealInWorkers(key: { key: Buffer; mode: CryptoMode }, threads: number, entry: URL = SEALER_WORKER): Sealer {
  const workers = Array.from({ length: Math.max(1, threads) }, () => startWorker<RawRows, SealOutcome>(entry, { key: key.key, mode: key.mode }));
  let turn = 0;
  return {
    seal: async (b) => {
      const worker = workers[turn++ % workers.length]!;
      let out: SealOutcome;
      try {
        out = await worker.call({ rowNo: b.rowNo, first: b.first, committeeId: b.committeeId, rows: b.rows });
      } catch (e) {
        throw new RowSealError(`${b.rowNo[0]}–${b.rowNo[b.rowNo.length - 1]}`, (e as Error).message);
      }
      if ('failedRows' in out) throw new RowSealError(out.failedRows, out.reason);
      return out.sealed;
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
