import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ManualClock } from '../../clock.js';
import { DomainError } from '../../errors.js';
import type { Actor } from '../roles.js';
import { fixtureRegistry } from '../../../../test/support/legal/fixture-registry.js';
import { ACTORS, PRESERVATION_DRAFT, STORED_DATA_DRAFT } from '../../../../test/support/legal/harness.js';
import type { DraftRequest } from './commands/draft-request.js';
import { decide, type RequestCommand } from './decide.js';
import type { RequestEvent } from './events.js';
import { applyEvents, fold } from './fold.js';
import type { RequestState } from './state.js';
import { isAllowedTransition } from './transitions.js';
import { REQUEST_STATUSES } from './types.js';

const registry = fixtureRegistry();
const ITEM = fc.constantFrom('i1', 'i2', 'zz');
const GROUND = fc.constantFrom('G_ESSENTIAL', 'G_DOMESTIC', 'G_ONGOING', 'NOPE');
const TEXT = fc.constantFrom('', 'written reasons for the decision');
const ID = fc.constantFrom('a', 'b');

const COMMAND: fc.Arbitrary<RequestCommand> = fc.oneof(
  fc.constant({ type: 'submit' } as const),
  // A complete, concern-free screening, so random walks can get past acceptance.
  fc.constant({
    type: 'answer_screening',
    answers: [
      { questionId: 'protected_grounds', concern: false },
      { questionId: 'freedoms', concern: false },
    ],
  } as const),
  fc.constant({ type: 'sign_receipt' } as const),
  fc.constant({ type: 'start_review' } as const),
  fc.record({
    type: fc.constant('answer_screening' as const),
    answers: fc.array(
      fc.record({
        questionId: fc.constantFrom('protected_grounds', 'freedoms', 'bogus'),
        concern: fc.boolean(),
        note: TEXT,
      }),
      { maxLength: 2 },
    ),
  }),
  fc.record({ type: fc.constant('request_information' as const), infoRequestId: ID, question: TEXT }),
  fc.record({ type: fc.constant('provide_information' as const), infoRequestId: ID, answer: TEXT }),
  fc.record({
    type: fc.constant('open_consultation' as const),
    consultationId: ID,
    topic: fc.constantFrom('refusal', 'partial_execution'),
    proposal: TEXT,
  }),
  fc.record({
    type: fc.constant('conclude_consultation' as const),
    consultationId: ID,
    outcome: fc.constantFrom('agreed', 'not_agreed'),
    summary: TEXT,
  }),
  fc.record({
    type: fc.constant('accept' as const),
    conditions: fc.array(fc.record({ id: ID, kind: fc.constant('other' as const), text: TEXT }), {
      maxLength: 1,
    }),
  }),
  fc.constant({ type: 'agree_conditions' } as const),
  fc.constant({ type: 'start_execution' } as const),
  fc.record({ type: fc.constant('execute_item' as const), itemId: ITEM }),
  fc.record({ type: fc.constant('refuse_item' as const), itemId: ITEM, ground: GROUND, reasons: TEXT }),
  fc.record({
    type: fc.constant('transmit_results' as const),
    items: fc.array(
      fc.record({
        itemId: ITEM,
        dataItemId: ID,
        conditions: fc.constant({
          purpose: 'case',
          retentionUntil: null,
          onwardTransfer: 'forbidden' as const,
          consentForm: 'written' as const,
          personalDataCategories: [],
          source: 'test',
          confidence: 'unconfirmed' as const,
        }),
      }),
      { maxLength: 2 },
    ),
  }),
  fc.record({ type: fc.constant('postpone' as const), ground: GROUND, reasons: TEXT }),
  fc.constant({ type: 'resume' } as const),
  fc.record({ type: fc.constant('refuse' as const), ground: GROUND, reasons: TEXT }),
  fc.record({ type: fc.constant('withdraw' as const), reason: TEXT }),
  fc.constant({ type: 'close' } as const),
  fc.record({
    type: fc.constant('extend_deadline' as const),
    deadlineId: fc.constantFrom('recognition', 'execution', 'preservation_period'),
    reasons: TEXT,
  }),
  fc.constant({ type: 'confirm_preservation' } as const),
  fc.constant({ type: 'mark_preservation_expiring' } as const),
  fc.record({
    type: fc.constant('record_follow_up' as const),
    followUpRequestId: fc.constantFrom('', 'req-9'),
  }),
  fc.record({ type: fc.constant('extend_preservation' as const) }),
  fc.constant({ type: 'lapse_preservation' } as const),
  fc.record({ type: fc.constant('release_preservation' as const), reason: TEXT }),
  fc.record({
    type: fc.constant('disclose_traffic' as const),
    providers: fc.constant(['ProviderX']),
    path: TEXT,
  }),
  fc.record({ type: fc.constant('confirm_in_writing' as const), reference: TEXT }),
);

const ACTOR: fc.Arbitrary<Actor> = fc.constantFrom(...Object.values(ACTORS));
const STEP = fc.record({
  actor: ACTOR,
  command: COMMAND,
  advanceHours: fc.constantFrom(0, 0, 1, 30, 24 * 20),
});
const EMERGENCY_DRAFT: DraftRequest = {
  ...PRESERVATION_DRAFT,
  instrument: 'emergency',
  fields: {
    emergencyJustification: { personsAtRisk: 'a child', threatNature: 'abduction', imminence: 'hours' },
  },
};
const DRAFT = fc.constantFrom<DraftRequest>(PRESERVATION_DRAFT, STORED_DATA_DRAFT, EMERGENCY_DRAFT);

const drafter = (d: DraftRequest): Actor => (d.instrument === 'stored_data' ? ACTORS.reqCa : ACTORS.reqPoc);

/** Maps any actor onto one who could act on this instrument, keeping the side (system stays system). */
function plausible(d: DraftRequest, a: Actor): Actor {
  if (a.role === 'system' || a.role === 'admin') return a;
  if (d.instrument === 'stored_data') return a.side === 'requesting' ? ACTORS.reqCa : ACTORS.recCa;
  return a.side === 'requesting' ? ACTORS.reqPoc : ACTORS.recPoc;
}

/** Checks one step: the new state is reachable, consistent and its deadlines only moved forward. */
function checkStep(prev: RequestState, next: RequestState, events: readonly RequestEvent[]): void {
  assert.ok(REQUEST_STATUSES.includes(next.status));
  assert.ok(
    isAllowedTransition(prev.status, next.status),
    `${prev.status} -> ${next.status} via ${events.map((e) => e.type)}`,
  );
  const resolved = registry.resolve(next.regime, next.instrument, next.requestingState, next.requestedState);
  if (next.preservation !== null) assert.equal(next.instrument, 'preservation');
  const pending = next.items.filter((i) => i.status === 'pending').length;
  const executed = next.items.filter((i) => i.status === 'executed').length;
  if (next.status === 'executed') assert.equal(executed, next.items.length);
  if (next.status === 'partially_executed')
    assert.ok(pending === 0 && executed > 0 && executed < next.items.length);
  if (next.status === 'in_execution') assert.ok(next.conditionsAgreed);
  for (const t of next.transmitted)
    assert.equal(next.items.find((i) => i.id === t.itemId)?.status, 'executed');
  for (const e of events) {
    if (e.type === 'request_refused' || e.type === 'item_refused') {
      assert.ok(resolved.instrument.refusalGrounds?.value.includes(e.ground));
      assert.ok(e.reasons.trim().length > 0);
      if (resolved.instrument.consultBeforeRefusal?.value)
        assert.ok(next.consultations.some((c) => c.concludedAt));
    }
    if (e.type === 'request_accepted' && resolved.instrument.kind !== 'disclosure') {
      for (const q of resolved.regime.discriminationScreening)
        assert.ok(next.screening.some((a) => a.questionId === q.id && !a.concern));
    }
    if (e.type === 'preservation_lapsed' || e.type === 'preservation_expiring')
      assert.equal(e.actor.automatic, true);
  }
  const moved = events.some((e) =>
    [
      'deadline_extended',
      'preservation_extended',
      'information_provided',
      'receipt_signed',
      'request_accepted',
      'request_submitted',
    ].includes(e.type),
  );
  for (const d of next.deadlines) {
    const old = prev.deadlines.find((x) => x.id === d.id);
    if (!old || old.dueAt === null || d.dueAt === null) continue;
    assert.ok(Date.parse(d.dueAt) >= Date.parse(old.dueAt), `${d.id} moved backwards`);
    if (d.dueAt !== old.dueAt) assert.ok(moved, `${d.id} moved without an explicit event`);
  }
}

describe('lifecycle properties', () => {
  it('no command sequence reaches an illegal state; state always equals the fold of the log', () => {
    fc.assert(
      fc.property(DRAFT, fc.array(STEP, { maxLength: 60 }), (draft, steps) => {
        const clock = new ManualClock('2026-03-02T08:00:00.000Z');
        const log: RequestEvent[] = [
          ...decide(undefined, draft, {
            clock,
            registry,
            actor: drafter(draft),
          }),
        ];
        let state = fold(log);
        for (const step of steps) {
          clock.advance(step.advanceHours * 3_600_000);
          const length = log.length;
          let events: readonly RequestEvent[];
          try {
            events = decide(state, step.command, { clock, registry, actor: step.actor });
          } catch (e) {
            assert.ok(e instanceof DomainError, `unexpected ${String(e)}`);
            assert.match(e.code, /^[a-z_]+$/);
            assert.equal(log.length, length);
            continue;
          }
          log.push(...events);
          const incremental = applyEvents(state, events);
          const full = fold(log);
          assert.deepEqual(incremental, full);
          checkStep(state, full, events);
          state = full;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a guided walk through the commands reaches the far states too', () => {
    // Random walks rarely get deep; this one retries each step until some command succeeds.
    // It asserts coverage, not a property, so its seed is fixed: a random one left partial
    // execution unreached now and then, failing a suite that must be deterministic.
    const reached = new Set<string>();
    fc.assert(
      fc.property(
        DRAFT,
        fc.array(fc.array(STEP, { minLength: 80, maxLength: 80 }), { minLength: 25, maxLength: 25 }),
        (draft, rounds) => {
          const clock = new ManualClock('2026-03-02T08:00:00.000Z');
          const log: RequestEvent[] = [
            ...decide(undefined, draft, { clock, registry, actor: drafter(draft) }),
          ];
          let state = fold(log);
          const seen = new Set<string>([state.status]);
          for (const [round, candidates] of rounds.entries()) {
            for (const step of candidates) {
              // Ending early is easy; keep withdrawal for the last rounds so walks get deep.
              if (step.command.type === 'withdraw' && round < rounds.length - 3) continue;
              clock.advance(step.advanceHours * 3_600_000);
              let events: readonly RequestEvent[];
              try {
                events = decide(state, step.command, {
                  clock,
                  registry,
                  actor: plausible(draft, step.actor),
                });
              } catch (e) {
                assert.ok(e instanceof DomainError);
                continue;
              }
              log.push(...events);
              const full = fold(log);
              checkStep(state, full, events);
              state = full;
              seen.add(state.status);
              break;
            }
          }
          for (const x of seen) reached.add(x);
        },
      ),
      { numRuns: 150, seed: 20260302 },
    );
    const expected = ['accepted', 'in_execution', 'executed', 'partially_executed', 'results_transmitted'];
    expected.push('information_requested', 'in_consultation', 'refused', 'withdrawn', 'closed', 'postponed');
    for (const status of expected)
      assert.ok(reached.has(status), `never reached ${status}: ${[...reached].join(', ')}`);
  });
});
