export interface AuditEvent {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  role: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: unknown;
  requestId: string | null;
  purpose: string | null;
}

export type AuditProblem = 'missing' | 'link' | 'hash' | 'unkeyed' | 'seal' | 'checkpoint' | 'truncated' | 'invalid_checkpoint';

export interface AuditVerify {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  problem: AuditProblem | null;
  /** The server's own wording (English), shown when a problem has no translation here. */
  reason: string | null;
  /** Signed checkpoints kept outside the database, compared with the chain. */
  checkpoints: {
    found: number;
    matched: number;
    latest: { seq: number; at: string } | null;
    invalid: { source: string; fault: 'format' | 'signature' }[];
  };
}
