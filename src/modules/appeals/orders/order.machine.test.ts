import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decide, replay, possibleSteps, STEPS, OPEN, REOPEN_LIMIT, type ActorKind, type Command, type OrderState, type RecordedStep } from './order.machine.js';

const KINDS: ActorKind[] = ['reporter', 'dispatcher', 'handler', 'supervisor', 'system'];
const STATUSES = ['received', 'dispatched', 'accepted', 'in_progress', 'suspended', 'resolved', 'closed', 'merged', 'invalid'];

const command = fc.record({
  step: fc.constantFrom(...STEPS),
  as: fc.subarray(KINDS, { minLength: 1 }),
  data: fc.record({
    note: fc.option(fc.constantFrom('', '  ', '原因 / reason'), { nil: undefined }),
    handler: fc.option(
      fc.record({ kind: fc.constantFrom('committee' as const, 'street' as const, 'department' as const), id: fc.integer({ min: 1, max: 3 }) }),
      { nil: undefined },
    ),
    rating: fc.option(fc.constantFrom('satisfied' as const, 'basic' as const, 'unsatisfied' as const), { nil: undefined }),
    days: fc.option(fc.integer({ min: -2, max: 90 }), { nil: undefined }),
    into: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  }),
}) as fc.Arbitrary<Command>;

/** Applies random commands, keeping the accepted ones as a history, as the service does. */
function run(commands: Command[]) {
  let state: OrderState | null = null;
  const history: RecordedStep[] = [];
  const states: OrderState[] = [];
  for (const cmd of [{ step: 'intake', as: ['reporter'] } as Command, ...commands]) {
    const d = decide(state, cmd);
    if (!d.ok) continue;
    state = d.next;
    history.push({ step: cmd.step, actorKind: d.by, data: cmd.data ?? {} });
    states.push(state);
  }
  return { state: state!, history, states };
}

function invariant(s: OrderState) {
  expect(STATUSES).toContain(s.status);
  // Only dispatched work has a handler; a returned order is back at the dispatcher without one.
  if (['dispatched', 'accepted', 'in_progress', 'suspended', 'resolved', 'closed'].includes(s.status)) expect(s.handler).not.toBeNull();
  if (s.status === 'received') expect(s.handler).toBeNull();
  expect(s.suspendedFrom !== null).toBe(s.status === 'suspended');
  if (s.status === 'suspended') expect(['accepted', 'in_progress']).toContain(s.suspendedFrom);
  if (!OPEN.includes(s.status) && s.status !== 'merged' && s.status !== 'invalid') expect(s.extensionPending).toBe(false);
  expect(s.reopenCount).toBeLessThanOrEqual(REOPEN_LIMIT);
  if (s.rating) expect(s.status).toBe('closed');
}

describe('work-order state machine', () => {
  it('random step sequences never reach an invalid state', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (cmds) => {
        for (const s of run(cmds).states) invariant(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('replaying the history gives the current state', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (cmds) => {
        const { state, history } = run(cmds);
        expect(replay(history)).toEqual(state);
      }),
      { numRuns: 2000 },
    );
  });

  it('merged and invalid orders take no further step', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), command, (cmds, next) => {
        const { state } = run(cmds);
        if (state.status === 'merged' || state.status === 'invalid') expect(decide(state, next).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('possible steps are exactly the steps that are not refused for status or actor', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), fc.subarray(KINDS, { minLength: 1 }), (cmds, as) => {
        const { state } = run(cmds);
        for (const step of possibleSteps(state, as)) {
          const d = decide(state, { step, as, data: { note: 'x', handler: { kind: 'street', id: 99 }, rating: 'unsatisfied', days: 3, into: 5 } });
          expect(d.ok, step).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a step from the wrong status and by the wrong actor, with a code naming it', () => {
    const { state } = run([]);
    expect(decide(state, { step: 'accept', as: ['handler'] })).toMatchObject({
      ok: false,
      code: 'STEP_NOT_ALLOWED_IN_STATUS',
      params: { step: 'accept', status: 'received' },
    });
    expect(decide(state, { step: 'dispatch', as: ['handler'], data: { handler: { kind: 'department', id: 1 } } })).toMatchObject({
      ok: false,
      code: 'STEP_NOT_ALLOWED_FOR_ACTOR',
    });
    expect(decide(state, { step: 'invalidate', as: ['dispatcher'], data: { note: ' ' } })).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  });

  it('walks the whole loop: dispatch, accept, resolve, unsatisfied rating, one reopen, then no more', () => {
    const h = { kind: 'department' as const, id: 7 };
    const steps: Command[] = [
      { step: 'dispatch', as: ['system'], data: { handler: h } },
      { step: 'accept', as: ['handler'] },
      { step: 'start', as: ['handler'] },
      { step: 'suspend', as: ['handler'], data: { note: '等待法院判决' } },
      { step: 'resume', as: ['dispatcher'] },
      { step: 'resolve', as: ['handler'], data: { note: '已清理' } },
      { step: 'rate', as: ['reporter'], data: { rating: 'unsatisfied' } },
      { step: 'reopen', as: ['reporter'], data: { note: '又堆起来了' } },
    ];
    let s = run([]).state;
    for (const c of steps) {
      const d = decide(s, c);
      expect(d.ok, c.step).toBe(true);
      if (d.ok) s = d.next;
    }
    expect(s).toMatchObject({ status: 'dispatched', handler: h, reopenCount: 1, rating: null });
    for (const c of [
      { step: 'accept', as: ['handler'] },
      { step: 'resolve', as: ['handler'], data: { note: '再次清理' } },
      { step: 'rate', as: ['reporter'], data: { rating: 'unsatisfied' } },
    ] as Command[]) {
      const d = decide(s, c);
      if (d.ok) s = d.next;
    }
    expect(decide(s, { step: 'reopen', as: ['reporter'], data: { note: '还是不行' } })).toMatchObject({ ok: false, code: 'REOPEN_LIMIT' });
  });

  it('supervises an overdue order once only', () => {
    const d1 = decide(run([]).state, { step: 'supervise', as: ['system'] });
    expect(d1.ok).toBe(true);
    if (d1.ok) expect(decide(d1.next, { step: 'supervise', as: ['system'] })).toMatchObject({ ok: false, code: 'ALREADY_SUPERVISED' });
  });
});
