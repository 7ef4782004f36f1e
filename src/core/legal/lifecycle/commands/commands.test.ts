/**
 * One row per command: from a given point in a request's life, the command succeeds and moves
 * the state as expected, and a bad variant fails with its stable code and appends nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DAY } from '../../../clock.js';
import { DomainError } from '../../../errors.js';
import type { Actor } from '../../roles.js';
import {
  ACTORS,
  Harness,
  PRESERVATION_DRAFT,
  STORED_DATA_DRAFT,
} from '../../../../../test/support/legal/harness.js';
import { automaticCommands } from '../automatic.js';
import { type AnyRequestCommand, REQUEST_COMMAND_TYPES } from '../decide.js';
import type { RequestState } from '../state.js';

type Step = [Actor, AnyRequestCommand];
const { reqPoc, reqCa, recPoc, recCa, system, recAdmin } = ACTORS;
const SCREEN: AnyRequestCommand = {
  type: 'answer_screening',
  answers: [
    { questionId: 'protected_grounds', concern: false },
    { questionId: 'freedoms', concern: false },
  ],
};
const CONDITIONS = {
  purpose: 'case',
  retentionUntil: null,
  onwardTransfer: 'forbidden' as const,
  consentForm: 'written' as const,
  personalDataCategories: [],
  source: 'test',
  confidence: 'unconfirmed' as const,
};

const P_RECEIVED: Step[] = [
  [reqPoc, PRESERVATION_DRAFT],
  [reqPoc, { type: 'submit' }],
  [recPoc, { type: 'sign_receipt' }],
];
const P_ACCEPTED: Step[] = [
  ...P_RECEIVED,
  [recPoc, { type: 'start_review' }],
  [recPoc, SCREEN],
  [recPoc, { type: 'accept' }],
];
const P_ACTIVE: Step[] = [...P_ACCEPTED, [recPoc, { type: 'confirm_preservation' }]];
const M_REVIEW: Step[] = [
  [reqCa, STORED_DATA_DRAFT],
  [reqCa, { type: 'submit' }],
  [recCa, { type: 'sign_receipt' }],
  [recCa, { type: 'start_review' }],
];
const M_CONSULTED: Step[] = [
  ...M_REVIEW,
  [recCa, { type: 'open_consultation', consultationId: 'c', topic: 'refusal', proposal: 'narrow?' }],
  [recCa, { type: 'conclude_consultation', consultationId: 'c', outcome: 'agreed', summary: 'ok' }],
];
const M_EXEC: Step[] = [
  ...M_CONSULTED,
  [recCa, SCREEN],
  [recCa, { type: 'accept' }],
  [recCa, { type: 'start_execution' }],
];
const M_DONE: Step[] = [
  ...M_EXEC,
  [recCa, { type: 'execute_item', itemId: 'i1' }],
  [recCa, { type: 'execute_item', itemId: 'i2' }],
];
const EMERGENCY: Step[] = [
  [
    reqPoc,
    {
      ...PRESERVATION_DRAFT,
      instrument: 'emergency',
      fields: {
        emergencyJustification: { personsAtRisk: 'a child', threatNature: 'abduction', imminence: 'hours' },
      },
    },
  ],
  [reqPoc, { type: 'submit' }],
];

interface Row {
  setup: Step[];
  ok: Step;
  check: (s: RequestState) => void;
  bad: Step;
  code: string;
  advanceDays?: number;
}

const ROWS: Record<string, Row> = {
  draft: {
    setup: [],
    ok: [reqPoc, PRESERVATION_DRAFT],
    check: (s) => assert.equal(s.status, 'draft'),
    bad: [reqPoc, { ...PRESERVATION_DRAFT, instrument: 'interception' }],
    code: 'instrument_not_available',
  },
  amend: {
    setup: [[reqPoc, PRESERVATION_DRAFT]],
    ok: [reqPoc, { type: 'amend', fields: { mlaToFollow: false } }],
    check: (s) => assert.equal(s.fields['mlaToFollow'], false),
    bad: [recPoc, { type: 'amend', fields: {} }],
    code: 'wrong_side',
  },
  submit: {
    setup: [
      [reqPoc, { ...PRESERVATION_DRAFT, fields: {} }],
      [reqPoc, { type: 'amend', fields: PRESERVATION_DRAFT.fields }],
    ],
    ok: [reqPoc, { type: 'submit' }],
    check: (s) => assert.equal(s.status, 'submitted'),
    bad: [recAdmin, { type: 'submit' }],
    code: 'wrong_side',
  },
  sign_receipt: {
    setup: P_RECEIVED.slice(0, 2),
    ok: [system, { type: 'sign_receipt' }],
    check: (s) => assert.equal(s.deadlines.length, 1),
    bad: [recPoc, { type: 'sign_receipt', signedAt: '2020-01-01T00:00:00Z' }],
    code: 'invalid_receipt_time',
  },
  start_review: {
    setup: P_RECEIVED,
    ok: [recPoc, { type: 'start_review' }],
    check: (s) => assert.equal(s.status, 'under_review'),
    bad: [recAdmin, { type: 'start_review' }],
    code: 'role_not_permitted',
  },
  answer_screening: {
    setup: P_RECEIVED,
    ok: [recPoc, SCREEN],
    check: (s) => assert.equal(s.screening.length, 2),
    bad: [
      recPoc,
      { type: 'answer_screening', answers: [{ questionId: 'protected_grounds', concern: true }] },
    ],
    code: 'invalid_screening_answer',
  },
  request_information: {
    setup: M_REVIEW,
    ok: [recCa, { type: 'request_information', infoRequestId: 'q', question: 'Which account?' }],
    check: (s) => assert.equal(s.deadlines.find((d) => d.id === 'recognition')!.status, 'suspended'),
    bad: [recCa, { type: 'request_information', infoRequestId: 'q', question: ' ' }],
    code: 'reasons_required',
  },
  provide_information: {
    setup: [
      ...M_REVIEW,
      [recCa, { type: 'request_information', infoRequestId: 'q', question: 'Which account?' }],
    ],
    ok: [reqCa, { type: 'provide_information', infoRequestId: 'q', answer: 'The second one.' }],
    check: (s) => assert.equal(s.status, 'under_review'),
    bad: [reqCa, { type: 'provide_information', infoRequestId: 'nope', answer: 'x' }],
    code: 'information_request_not_open',
  },
  open_consultation: {
    setup: M_REVIEW,
    ok: [recCa, { type: 'open_consultation', consultationId: 'c', topic: 'refusal', proposal: 'narrow?' }],
    check: (s) => assert.equal(s.status, 'in_consultation'),
    bad: [
      recCa,
      { type: 'open_consultation', consultationId: 'c', topic: 'refusal', proposal: 'x', itemIds: ['zz'] },
    ],
    code: 'unknown_item',
  },
  conclude_consultation: {
    setup: M_CONSULTED.slice(0, -1),
    ok: M_CONSULTED.at(-1)!,
    check: (s) => assert.equal(s.consultations[0]!.outcome, 'agreed'),
    bad: [recCa, { type: 'conclude_consultation', consultationId: 'zz', outcome: 'agreed', summary: 'x' }],
    code: 'consultation_not_open',
  },
  accept: {
    setup: [...M_REVIEW, [recCa, SCREEN]],
    ok: [recCa, { type: 'accept', conditions: [{ id: 'k', kind: 'other', text: 'report back' }] }],
    check: (s) => assert.deepEqual([s.status, s.conditionsAgreed], ['accepted', false]),
    bad: [recCa, { type: 'accept', conditions: [{ id: 'k', kind: 'other', text: ' ' }] }],
    code: 'invalid_condition',
  },
  agree_conditions: {
    setup: [
      ...M_REVIEW,
      [recCa, SCREEN],
      [recCa, { type: 'accept', conditions: [{ id: 'k', kind: 'other', text: 'x' }] }],
    ],
    ok: [reqCa, { type: 'agree_conditions' }],
    check: (s) => assert.equal(s.conditionsAgreed, true),
    bad: [recCa, { type: 'agree_conditions' }],
    code: 'wrong_side',
  },
  start_execution: {
    setup: M_EXEC.slice(0, -1),
    ok: M_EXEC.at(-1)!,
    check: (s) => assert.equal(s.status, 'in_execution'),
    bad: [reqCa, { type: 'start_execution' }],
    code: 'wrong_side',
  },
  execute_item: {
    setup: M_EXEC,
    ok: [recCa, { type: 'execute_item', itemId: 'i1' }],
    check: (s) => assert.equal(s.items[0]!.status, 'executed'),
    bad: [recCa, { type: 'execute_item', itemId: 'zz' }],
    code: 'item_not_found',
  },
  refuse_item: {
    setup: M_EXEC,
    ok: [recCa, { type: 'refuse_item', itemId: 'i1', ground: 'G_DOMESTIC', reasons: 'not lawful here' }],
    check: (s) => assert.equal(s.items[0]!.ground, 'G_DOMESTIC'),
    bad: [recCa, { type: 'refuse_item', itemId: 'i1', ground: 'G_ONGOING', reasons: 'x' }],
    code: 'refusal_ground_not_permitted',
  },
  transmit_results: {
    setup: M_DONE,
    ok: [
      recCa,
      { type: 'transmit_results', items: [{ itemId: 'i1', dataItemId: 'd1', conditions: CONDITIONS }] },
    ],
    check: (s) => assert.equal(s.status, 'results_transmitted'),
    bad: [recCa, { type: 'transmit_results', items: [] }],
    code: 'invalid_results',
  },
  postpone: {
    setup: M_CONSULTED,
    ok: [recCa, { type: 'postpone', ground: 'G_ONGOING', reasons: 'our own case first' }],
    check: (s) => assert.deepEqual([s.status, s.resumeStatus], ['postponed', 'under_review']),
    bad: [recCa, { type: 'postpone', ground: 'G_DOMESTIC', reasons: 'x' }],
    code: 'postponement_ground_not_permitted',
  },
  resume: {
    setup: [
      ...M_CONSULTED,
      [recCa, { type: 'postpone', ground: 'G_ONGOING', reasons: 'our own case first' }],
    ],
    ok: [recCa, { type: 'resume' }],
    check: (s) => assert.equal(s.status, 'under_review'),
    bad: [reqCa, { type: 'resume' }],
    code: 'wrong_side',
  },
  refuse: {
    setup: M_CONSULTED,
    ok: [recCa, { type: 'refuse', ground: 'G_ESSENTIAL', reasons: 'security interests' }],
    check: (s) => assert.equal(s.status, 'refused'),
    bad: [recCa, { type: 'refuse', ground: 'NOPE', reasons: 'x' }],
    code: 'unknown_ground',
  },
  withdraw: {
    setup: M_REVIEW,
    ok: [reqCa, { type: 'withdraw', reason: 'suspect arrested' }],
    check: (s) => assert.ok(s.deadlines.every((d) => d.status === 'stopped')),
    bad: [reqCa, { type: 'withdraw', reason: '' }],
    code: 'reasons_required',
  },
  close: {
    setup: [...M_REVIEW, [reqCa, { type: 'withdraw', reason: 'not needed' }]],
    ok: [reqCa, { type: 'close' }],
    check: (s) => assert.equal(s.status, 'closed'),
    bad: [recAdmin, { type: 'close' }],
    code: 'role_not_permitted',
  },
  extend_deadline: {
    setup: M_REVIEW,
    ok: [recCa, { type: 'extend_deadline', deadlineId: 'recognition', reasons: 'complex' }],
    check: (s) => assert.equal(s.deadlines.find((d) => d.id === 'recognition')!.extensions, 1),
    bad: [recCa, { type: 'extend_deadline', deadlineId: 'nope', reasons: 'x' }],
    code: 'deadline_not_found',
  },
  confirm_preservation: {
    setup: P_ACCEPTED,
    ok: [recPoc, { type: 'confirm_preservation' }],
    check: (s) => assert.equal(s.preservation, 'active'),
    bad: [reqPoc, { type: 'confirm_preservation' }],
    code: 'wrong_side',
  },
  mark_preservation_expiring: {
    setup: P_ACTIVE,
    advanceDays: 50,
    ok: [system, { type: 'mark_preservation_expiring' }],
    check: (s) => assert.equal(s.preservation, 'expiring'),
    bad: [recPoc, { type: 'mark_preservation_expiring' }],
    code: 'role_not_permitted',
  },
  record_escalation: {
    setup: P_RECEIVED,
    ok: [
      system,
      {
        type: 'record_escalation',
        level: 1,
        notified: ['u-night'],
        reason: 'not acknowledged within 30 minutes',
      },
    ],
    check: (s) =>
      assert.deepEqual(
        s.escalations.map((e) => e.level),
        [1],
      ),
    bad: [
      system,
      { type: 'record_escalation', level: 2, notified: ['u-backup'], reason: 'skipping a level' },
    ],
    code: 'escalation_out_of_order',
  },
  record_follow_up: {
    setup: P_ACTIVE,
    ok: [recCa, { type: 'record_follow_up', followUpRequestId: 'req-2' }],
    check: (s) => assert.equal(s.followUpRequestId, 'req-2'),
    bad: [recCa, { type: 'record_follow_up', followUpRequestId: '' }],
    code: 'reasons_required',
  },
  extend_preservation: {
    setup: P_ACTIVE,
    ok: [reqPoc, { type: 'extend_preservation' }],
    check: (s) => assert.equal(s.preservation, 'extended'),
    bad: [recPoc, { type: 'extend_preservation' }],
    code: 'wrong_side',
  },
  lapse_preservation: {
    setup: P_ACTIVE,
    advanceDays: 70,
    ok: [system, { type: 'lapse_preservation' }],
    check: (s) => assert.equal(s.preservation, 'lapsed'),
    bad: [{ role: 'system', side: 'requested' }, { type: 'lapse_preservation' }],
    code: 'role_not_permitted',
  },
  release_preservation: {
    setup: P_ACTIVE,
    ok: [recPoc, { type: 'release_preservation', reason: 'no longer needed' }],
    check: (s) => assert.equal(s.preservation, 'released'),
    bad: [recPoc, { type: 'release_preservation', reason: '' }],
    code: 'reasons_required',
  },
  disclose_traffic: {
    setup: P_ACTIVE,
    ok: [recPoc, { type: 'disclose_traffic', providers: ['Carrier Z (XC)'], path: 'XA -> XC -> XB' }],
    check: (s) => assert.equal(s.trafficDisclosures.length, 1),
    bad: [recPoc, { type: 'disclose_traffic', providers: [], path: '' }],
    code: 'missing_required_field',
  },
  confirm_in_writing: {
    setup: EMERGENCY,
    ok: [reqPoc, { type: 'confirm_in_writing', reference: 'letter 12/2026' }],
    check: (s) => assert.equal(s.writtenConfirmation, 'received'),
    bad: [reqPoc, { type: 'confirm_in_writing', reference: '' }],
    code: 'reasons_required',
  },
};

describe('every command', () => {
  it('has a row', () => {
    assert.deepEqual(Object.keys(ROWS).sort(), [...REQUEST_COMMAND_TYPES].sort());
  });
  for (const [type, row] of Object.entries(ROWS)) {
    it(type, () => {
      const h = new Harness();
      for (const [actor, cmd] of row.setup) h.run(actor, cmd);
      if (row.advanceDays) h.clock.advance(row.advanceDays * DAY);
      const before = h.log.length;
      assert.throws(
        () => h.run(row.bad[0], row.bad[1]),
        (e: unknown) => e instanceof DomainError && e.code === row.code,
      );
      assert.equal(h.log.length, before, 'a failed command appends nothing');
      const events = h.run(row.ok[0], row.ok[1]);
      assert.ok(events.length > 0);
      for (const e of events) assert.equal(JSON.stringify(JSON.parse(JSON.stringify(e))), JSON.stringify(e));
      row.check(h.state!);
    });
  }
});

describe('closing a preservation request', () => {
  it('closes one refused before anything was preserved, and refuses to close one still holding data', () => {
    const refused = new Harness();
    for (const [actor, cmd] of P_RECEIVED) refused.run(actor, cmd);
    refused.run(recPoc, { type: 'refuse', ground: 'G_ESSENTIAL', reasons: 'essential interests' });
    assert.equal(refused.state!.preservation, 'pending');
    refused.run(reqPoc, { type: 'close' });
    assert.equal(refused.state!.status, 'closed');

    const held = new Harness();
    for (const [actor, cmd] of P_ACTIVE) held.run(actor, cmd);
    assert.throws(
      () => held.run(reqPoc, { type: 'close' }),
      (e: unknown) => e instanceof DomainError && e.code === 'preservation_still_active',
    );
  });
});

describe('automaticCommands', () => {
  it('asks the daemon to mark expiring, then to lapse', () => {
    const h = new Harness();
    for (const [actor, cmd] of P_ACTIVE) h.run(actor, cmd);
    assert.deepEqual(automaticCommands(h.state!, h.registry, h.clock.now()), []);
    h.clock.advance(50 * DAY);
    const first = automaticCommands(h.state!, h.registry, h.clock.now());
    assert.deepEqual(first, [{ type: 'mark_preservation_expiring' }]);
    h.run(system, first[0]!);
    assert.deepEqual(automaticCommands(h.state!, h.registry, h.clock.now()), []);
    h.clock.advance(20 * DAY);
    assert.deepEqual(automaticCommands(h.state!, h.registry, h.clock.now()), [
      { type: 'lapse_preservation' },
    ]);
  });
});

describe('escalation of an unacknowledged request', () => {
  it('falls due level by level, each interval after the previous alert, and stops at acknowledgement', async () => {
    const { escalationDue } = await import('./record-escalation.js');
    const h = new Harness();
    for (const [actor, cmd] of P_RECEIVED) h.run(actor, cmd);
    const policy = { afterMinutes: 30, levels: 2 };
    const received = Date.parse(h.state!.receivedAt!);
    assert.equal(escalationDue(h.state!, new Date(received + 29 * 60_000), policy), null);
    assert.equal(escalationDue(h.state!, new Date(received + 30 * 60_000), policy), 1);
    h.clock.set(new Date(received + 30 * 60_000));
    h.run(system, { type: 'record_escalation', level: 1, notified: ['night'], reason: 'late' });
    assert.equal(escalationDue(h.state!, new Date(received + 45 * 60_000), policy), null);
    assert.equal(escalationDue(h.state!, new Date(received + 60 * 60_000), policy), 2);
    h.clock.set(new Date(received + 60 * 60_000));
    h.run(system, { type: 'record_escalation', level: 2, notified: ['head'], reason: 'late' });
    assert.equal(
      escalationDue(h.state!, new Date(received + 600 * 60_000), policy),
      null,
      'no level beyond the last',
    );
    h.run(recPoc, { type: 'start_review' });
    assert.equal(
      escalationDue(h.state!, new Date(received + 600 * 60_000), { afterMinutes: 30, levels: 5 }),
      null,
      'acknowledged',
    );
  });
});
