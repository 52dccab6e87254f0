import type { OrderStatus, Rating } from '../appeals.schema.js';

/**
 * The work-order lifecycle as one explicit table. Every step names the statuses it may start from and the
 * kinds of actor who may take it; the service asks `decide` before it writes anything, and replaying an
 * order's history through `replay` gives back the status stored on the order.
 */
export type ActorKind = 'reporter' | 'dispatcher' | 'handler' | 'supervisor' | 'system';

export const STEPS = [
  'intake',
  'place',
  'dispatch',
  'transfer',
  'accept',
  'return',
  'start',
  'request_extension',
  'approve_extension',
  'reject_extension',
  'suspend',
  'resume',
  'resolve',
  'rate',
  'reopen',
  'close',
  'supervise',
  'merge',
  'invalidate',
] as const;
export type Step = (typeof STEPS)[number];

export interface HandlerRef {
  kind: 'committee' | 'street' | 'department';
  id: number;
}

export interface OrderState {
  status: OrderStatus;
  handler: HandlerRef | null;
  /** Status to go back to when a suspension ends. */
  suspendedFrom: OrderStatus | null;
  supervised: boolean;
  extensionPending: boolean;
  reopenCount: number;
  rating: Rating | null;
}

export interface StepData {
  note?: string | null;
  handler?: HandlerRef | null;
  rating?: Rating;
  days?: number;
  into?: number;
  /** The unit a dispatcher places an order in (an order its point could not place). */
  unitId?: number;
}

export interface Command {
  step: Step;
  /** What the actor is to this order (one person can be dispatcher and supervisor at once). */
  as: readonly ActorKind[];
  data?: StepData;
}

export type Decision = { ok: true; next: OrderState; by: ActorKind } | { ok: false; code: string; params: Record<string, unknown> };

export const OPEN: readonly OrderStatus[] = ['received', 'dispatched', 'accepted', 'in_progress', 'suspended'];
export const TERMINAL: readonly OrderStatus[] = ['merged', 'invalid'];
/** A reporter may reopen once (spec 30: "can reopen once"). */
export const REOPEN_LIMIT = 1;

interface Rule {
  from: readonly OrderStatus[] | 'initial';
  by: readonly ActorKind[];
  /** An error code when the step cannot be taken with this data, else null. */
  guard?: (s: OrderState, d: StepData) => [string, Record<string, unknown>?] | null;
  to: (s: OrderState, d: StepData) => OrderState;
}

const needsReason = (d: StepData): [string] | null => (d.note?.trim() ? null : ['REASON_REQUIRED']);
const sameHandler = (a: HandlerRef | null, b: HandlerRef | null | undefined) => !!a && !!b && a.kind === b.kind && a.id === b.id;

const RULES: Record<Step, Rule> = {
  intake: {
    from: 'initial',
    by: ['reporter', 'dispatcher', 'handler', 'system'],
    to: () => ({ status: 'received', handler: null, suspendedFrom: null, supervised: false, extensionPending: false, reopenCount: 0, rating: null }),
  },
  // The desk that holds an order sets where the problem is; the order then waits for that street's dispatcher.
  place: {
    from: ['received'],
    by: ['dispatcher'],
    guard: (_s, d) => (d.unitId ? null : ['UNIT_REQUIRED']),
    to: (s) => ({ ...s }),
  },
  dispatch: {
    from: ['received'],
    by: ['dispatcher', 'system'],
    guard: (_s, d) => (d.handler ? null : ['HANDLER_REQUIRED']),
    to: (s, d) => ({ ...s, status: 'dispatched', handler: d.handler! }),
  },
  transfer: {
    from: ['dispatched', 'accepted', 'in_progress'],
    by: ['dispatcher'],
    guard: (s, d) => (!d.handler ? ['HANDLER_REQUIRED'] : sameHandler(s.handler, d.handler) ? ['SAME_HANDLER'] : needsReason(d)),
    to: (s, d) => ({ ...s, status: 'dispatched', handler: d.handler!, extensionPending: false }),
  },
  accept: { from: ['dispatched'], by: ['handler'], to: (s) => ({ ...s, status: 'accepted' }) },
  return: {
    from: ['dispatched', 'accepted'],
    by: ['handler'],
    guard: (_s, d) => needsReason(d),
    to: (s) => ({ ...s, status: 'received', handler: null, extensionPending: false }),
  },
  start: { from: ['accepted'], by: ['handler'], to: (s) => ({ ...s, status: 'in_progress' }) },
  request_extension: {
    from: ['accepted', 'in_progress'],
    by: ['handler'],
    guard: (s, d) => (s.extensionPending ? ['EXTENSION_PENDING'] : !d.days || d.days < 1 || d.days > 60 ? ['EXTENSION_DAYS'] : needsReason(d)),
    to: (s) => ({ ...s, extensionPending: true }),
  },
  approve_extension: {
    from: ['accepted', 'in_progress', 'suspended'],
    by: ['dispatcher'],
    guard: (s) => (s.extensionPending ? null : ['NO_EXTENSION_PENDING']),
    to: (s) => ({ ...s, extensionPending: false }),
  },
  reject_extension: {
    from: ['accepted', 'in_progress', 'suspended'],
    by: ['dispatcher'],
    guard: (s, d) => (s.extensionPending ? needsReason(d) : ['NO_EXTENSION_PENDING']),
    to: (s) => ({ ...s, extensionPending: false }),
  },
  suspend: {
    from: ['accepted', 'in_progress'],
    by: ['handler', 'dispatcher'],
    guard: (_s, d) => needsReason(d),
    to: (s) => ({ ...s, status: 'suspended', suspendedFrom: s.status }),
  },
  resume: { from: ['suspended'], by: ['handler', 'dispatcher'], to: (s) => ({ ...s, status: s.suspendedFrom ?? 'in_progress', suspendedFrom: null }) },
  resolve: {
    from: ['accepted', 'in_progress'],
    by: ['handler'],
    guard: (_s, d) => (d.note?.trim() ? null : ['RESULT_REQUIRED']),
    to: (s) => ({ ...s, status: 'resolved', extensionPending: false }),
  },
  rate: {
    from: ['resolved', 'closed'],
    by: ['reporter'],
    guard: (s, d) => (s.rating ? ['ALREADY_RATED'] : d.rating ? null : ['RATING_REQUIRED']),
    to: (s, d) => ({ ...s, status: 'closed', rating: d.rating! }),
  },
  reopen: {
    from: ['resolved', 'closed'],
    by: ['reporter'],
    guard: (s, d) =>
      s.reopenCount >= REOPEN_LIMIT
        ? ['REOPEN_LIMIT', { limit: REOPEN_LIMIT }]
        : s.rating && s.rating !== 'unsatisfied'
          ? ['REOPEN_AFTER_SATISFIED']
          : needsReason(d),
    to: (s) => ({ ...s, status: 'dispatched', reopenCount: s.reopenCount + 1, rating: null, supervised: false }),
  },
  close: { from: ['resolved'], by: ['dispatcher', 'system'], to: (s) => ({ ...s, status: 'closed' }) },
  supervise: {
    from: OPEN,
    by: ['supervisor', 'system'],
    guard: (s) => (s.supervised ? ['ALREADY_SUPERVISED'] : null),
    to: (s) => ({ ...s, supervised: true }),
  },
  merge: {
    from: ['received', 'dispatched'],
    by: ['dispatcher'],
    guard: (_s, d) => (d.into ? null : ['MERGE_TARGET_REQUIRED']),
    to: (s) => ({ ...s, status: 'merged', extensionPending: false }),
  },
  invalidate: {
    from: ['received', 'dispatched'],
    by: ['dispatcher'],
    guard: (_s, d) => needsReason(d),
    to: (s) => ({ ...s, status: 'invalid', extensionPending: false }),
  },
};

/** Whether `cmd` may be taken from `state` (null: a new order), and the state it leads to. */
export function decide(state: OrderState | null, cmd: Command): Decision {
  const rule = RULES[cmd.step];
  if (!rule) return { ok: false, code: 'STEP_UNKNOWN', params: { step: cmd.step } };
  if (rule.from === 'initial' ? state !== null : state === null || !rule.from.includes(state.status)) {
    return { ok: false, code: 'STEP_NOT_ALLOWED_IN_STATUS', params: { step: cmd.step, status: state?.status ?? 'none' } };
  }
  const by = rule.by.find((k) => cmd.as.includes(k));
  if (!by) return { ok: false, code: 'STEP_NOT_ALLOWED_FOR_ACTOR', params: { step: cmd.step } };
  const data = cmd.data ?? {};
  const refused = rule.guard?.(state as OrderState, data);
  if (refused) return { ok: false, code: refused[0], params: { step: cmd.step, ...(refused[1] ?? {}) } };
  return { ok: true, next: rule.to(state as OrderState, data), by };
}

/** Steps this actor could take now: the UI shows only these. Guards that need input (a reason) pass here. */
export function possibleSteps(state: OrderState, as: readonly ActorKind[]): Step[] {
  const probe: StepData = { note: '…', handler: { kind: 'department', id: -1 }, rating: 'satisfied', days: 1, into: -1 };
  return STEPS.filter((step) => step !== 'intake' && decide(state, { step, as, data: probe }).ok);
}

export interface RecordedStep {
  step: Step;
  actorKind: ActorKind;
  data: StepData;
}

/** The state an order's history leads to; throws if a recorded step was never allowed (a corrupt history). */
export function replay(history: readonly RecordedStep[]): OrderState {
  let state: OrderState | null = null;
  for (const [i, e] of history.entries()) {
    const d = decide(state, { step: e.step, as: [e.actorKind], data: e.data });
    if (!d.ok) throw new Error(`history step ${i + 1} (${e.step}) is not allowed: ${d.code}`);
    state = d.next;
  }
  if (!state) throw new Error('empty history');
  return state;
}
