import { createHash } from 'node:crypto';

/** The fields that the chain protects, in a fixed order. */
export interface ChainedFields {
  seq: number;
  districtId: number | null;
  at: string;
  actorId: number | null;
  actorName: string | null;
  positionId: number | null;
  role: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  unitPath: string | null;
  summary: unknown;
  purpose: string | null;
  requestId: string | null;
}

/** JSON with sorted keys, so that jsonb's reordering on the way back cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return (
    '{' +
    Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
      .join(',') +
    '}'
  );
}

export const GENESIS = '0'.repeat(64);

export function chainHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}
