import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DAY, HOUR } from '../../clock.js';
import { DomainError } from '../../errors.js';
import {
  ACTORS,
  Harness,
  PRESERVATION_DRAFT,
  STORED_DATA_DRAFT,
} from '../../../../test/support/legal/harness.js';

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return 'no error';
}

const SCREEN = {
  type: 'answer_screening',
  answers: [
    { questionId: 'protected_grounds', concern: false },
    { questionId: 'freedoms', concern: false },
  ],
} as const;

describe('preservation lifecycle', () => {
  it('runs from draft to follow-up and release, with the 60-day clock from the signed receipt', () => {
    const h = new Harness();
    h.run(ACTORS.reqPoc, PRESERVATION_DRAFT);
    h.run(ACTORS.reqPoc, { type: 'submit' });
    h.clock.advance(2 * HOUR);
    h.run(ACTORS.recPoc, { type: 'sign_receipt' });
    const received = h.state!;
    assert.equal(received.status, 'received');
    assert.equal(received.receivedAt, '2026-03-02T10:00:00.000Z');
    const period = received.deadlines.find((d) => d.id === 'preservation_period')!;
    // 60 calendar days after 2 March ends at the end of 1 May, Paris time (CEST, UTC+2).
    assert.equal(period.dueAt, '2026-05-01T21:59:59.999Z');
    assert.match(period.local!.requested, /^2026-05-01 23:59 Europe\/Paris/);
    assert.match(period.local!.requesting, /^2026-05-01 17:59 America\/New_York/);
    h.run(ACTORS.recPoc, { type: 'start_review' });
    h.run(ACTORS.recPoc, SCREEN);
    h.run(ACTORS.recPoc, { type: 'accept' });
    h.run(ACTORS.recPoc, { type: 'confirm_preservation' });
    assert.equal(h.state!.preservation, 'active');
    assert.equal(h.state!.status, 'executed');
    assert.equal(
      code(() => h.run(ACTORS.system, { type: 'mark_preservation_expiring' })),
      'not_yet_expiring',
    );
    h.clock.advance(46 * DAY);
    h.run(ACTORS.system, { type: 'mark_preservation_expiring' });
    assert.equal(h.state!.preservation, 'expiring');
    assert.equal(h.log.at(-1)!.actor.automatic, true);
    h.run(ACTORS.reqPoc, { type: 'extend_preservation' });
    assert.equal(h.state!.deadlines[0]!.dueAt, '2026-05-31T21:59:59.999Z');
    assert.equal(
      code(() => h.run(ACTORS.reqPoc, { type: 'extend_preservation' })),
      'illegal_transition',
    );
    h.run(ACTORS.recCa, { type: 'record_follow_up', followUpRequestId: 'req-2' });
    assert.equal(h.state!.followUpRequestId, 'req-2');
    assert.equal(
      code(() => h.run(ACTORS.reqPoc, { type: 'close' })),
      'preservation_still_active',
    );
    h.run(ACTORS.recPoc, { type: 'release_preservation', reason: 'decision on req-2 taken' });
    h.run(ACTORS.reqPoc, { type: 'close' });
    assert.equal(h.state!.status, 'closed');
  });

  it('lapses automatically only once the period has ended', () => {
    const h = new Harness();
    h.run(ACTORS.reqPoc, PRESERVATION_DRAFT);
    h.run(ACTORS.reqPoc, { type: 'submit' });
    h.run(ACTORS.recPoc, { type: 'sign_receipt' });
    h.run(ACTORS.recPoc, { type: 'start_review' });
    h.run(ACTORS.recPoc, SCREEN);
    h.run(ACTORS.recPoc, { type: 'accept' });
    h.run(ACTORS.recPoc, { type: 'confirm_preservation' });
    assert.equal(
      code(() => h.run(ACTORS.system, { type: 'lapse_preservation' })),
      'not_yet_due',
    );
    assert.equal(
      code(() => h.run({ role: 'system', side: 'requested' }, { type: 'lapse_preservation' })),
      'role_not_permitted',
    );
    h.clock.advance(61 * DAY);
    h.run(ACTORS.system, { type: 'lapse_preservation' });
    assert.equal(h.state!.preservation, 'lapsed');
  });
});

describe('partial preservation', () => {
  it('preserving the rest after refusing one item is a partial execution (found by the property test)', () => {
    const h = new Harness();
    h.run(ACTORS.reqPoc, PRESERVATION_DRAFT);
    h.run(ACTORS.reqPoc, { type: 'submit' });
    h.run(ACTORS.recPoc, { type: 'sign_receipt' });
    h.run(ACTORS.recPoc, { type: 'start_review' });
    h.run(ACTORS.recPoc, SCREEN);
    h.run(ACTORS.recPoc, { type: 'accept' });
    h.run(ACTORS.recPoc, { type: 'start_execution' });
    h.run(ACTORS.recPoc, {
      type: 'refuse_item',
      itemId: 'i1',
      ground: 'G_ESSENTIAL',
      reasons: 'Mailbox of a State body.',
    });
    h.run(ACTORS.recPoc, { type: 'confirm_preservation' });
    assert.equal(h.state!.status, 'partially_executed');
    assert.deepEqual(
      h.state!.items.map((i) => i.status),
      ['refused', 'executed'],
    );
  });
});

describe('commands refuse bad input and append nothing', () => {
  it('missing required fields are listed on submit', () => {
    const h = new Harness();
    h.run(ACTORS.reqPoc, { ...PRESERVATION_DRAFT, fields: { requestingAuthority: '' }, items: [] });
    const before = h.log.length;
    assert.throws(
      () => h.run(ACTORS.reqPoc, { type: 'submit' }),
      (e: unknown) => {
        assert.ok(e instanceof DomainError);
        assert.equal(e.code, 'missing_required_field');
        assert.deepEqual(
          e.issues.map((i) => i.path),
          ['/fields/requestingAuthority', '/fields/items', '/fields/mlaToFollow'],
        );
        return true;
      },
    );
    assert.equal(h.log.length, before);
  });

  it('an instrument unavailable between the States cannot be drafted', () => {
    const h = new Harness();
    assert.equal(
      code(() => h.run(ACTORS.reqCa, { ...STORED_DATA_DRAFT, instrument: 'interception' })),
      'instrument_not_available',
    );
    assert.equal(
      code(() => h.run(ACTORS.reqCa, { ...STORED_DATA_DRAFT, requestedState: 'ZZ' })),
      'instrument_not_available',
    );
    assert.equal(h.log.length, 0);
  });

  it('an illegal transition names the status and the command', () => {
    const h = new Harness();
    h.run(ACTORS.reqPoc, PRESERVATION_DRAFT);
    assert.throws(
      () => h.run(ACTORS.recPoc, { type: 'accept' }),
      (e: unknown) =>
        e instanceof DomainError && e.code === 'illegal_transition' && e.details['status'] === 'draft',
    );
  });

  it('the wrong side or role is forbidden', () => {
    const h = new Harness();
    h.run(ACTORS.reqPoc, PRESERVATION_DRAFT);
    assert.equal(
      code(() => h.run(ACTORS.recPoc, { type: 'submit' })),
      'wrong_side',
    );
    assert.equal(
      code(() => h.run(ACTORS.reqCa, { type: 'submit' })),
      'role_not_permitted',
    );
  });
});

describe('MLA lifecycle with partial execution', () => {
  function reviewed(): Harness {
    const h = new Harness();
    h.run(ACTORS.reqCa, STORED_DATA_DRAFT);
    h.run(ACTORS.reqCa, { type: 'submit' });
    h.run(ACTORS.recCa, { type: 'sign_receipt' });
    h.run(ACTORS.recCa, { type: 'start_review' });
    return h;
  }

  it('refusal needs a known, permitted ground, written reasons and a prior consultation', () => {
    const h = reviewed();
    const refuse = (ground: string, reasons = 'The conduct is protected speech under TA law.') =>
      code(() => h.run(ACTORS.recCa, { type: 'refuse', ground, reasons }));
    assert.equal(refuse('NOPE'), 'unknown_ground');
    assert.equal(refuse('G_ONGOING'), 'refusal_ground_not_permitted');
    assert.equal(refuse('G_DOMESTIC', '  '), 'reasons_required');
    assert.equal(refuse('G_DOMESTIC'), 'consultation_required');
    h.run(ACTORS.recCa, {
      type: 'open_consultation',
      consultationId: 'c1',
      topic: 'refusal',
      proposal: 'Refuse or narrow?',
    });
    h.run(ACTORS.recCa, {
      type: 'conclude_consultation',
      consultationId: 'c1',
      outcome: 'not_agreed',
      summary: 'No narrowing possible.',
    });
    h.run(ACTORS.recCa, {
      type: 'refuse',
      ground: 'G_DOMESTIC',
      reasons: 'The conduct is protected speech under TA law.',
    });
    assert.equal(h.state!.status, 'refused');
    assert.equal(h.state!.refusal!.ground, 'G_DOMESTIC');
    assert.ok(h.state!.deadlines.every((d) => d.status === 'stopped'));
  });

  it('executes one item, refuses the other, and transmits under conditions', () => {
    const h = reviewed();
    assert.equal(
      code(() => h.run(ACTORS.recCa, { type: 'accept' })),
      'screening_incomplete',
    );
    h.run(ACTORS.recCa, SCREEN);
    h.run(ACTORS.recCa, {
      type: 'accept',
      conditions: [{ id: 'k1', kind: 'use_limitation', text: 'Use only in case TB-2026-17' }],
    });
    const execution = h.state!.deadlines.find((d) => d.id === 'execution')!;
    assert.equal(execution.status, 'running');
    assert.equal(h.state!.deadlines.find((d) => d.id === 'recognition')!.status, 'stopped');
    assert.equal(
      code(() => h.run(ACTORS.recCa, { type: 'start_execution' })),
      'conditions_not_agreed',
    );
    h.run(ACTORS.reqCa, { type: 'agree_conditions' });
    h.run(ACTORS.recCa, { type: 'start_execution' });
    h.run(ACTORS.recCa, { type: 'execute_item', itemId: 'i2' });
    assert.equal(
      code(() =>
        h.run(ACTORS.recCa, {
          type: 'refuse_item',
          itemId: 'i1',
          ground: 'G_DOMESTIC',
          reasons: 'Content needs a court order TA cannot give.',
        }),
      ),
      'consultation_required',
    );
    h.run(ACTORS.recCa, {
      type: 'open_consultation',
      consultationId: 'c1',
      topic: 'partial_execution',
      proposal: 'Traffic only?',
      itemIds: ['i1'],
    });
    h.run(ACTORS.recCa, {
      type: 'conclude_consultation',
      consultationId: 'c1',
      outcome: 'agreed',
      summary: 'TB accepts traffic data only.',
    });
    h.run(ACTORS.recCa, {
      type: 'refuse_item',
      itemId: 'i1',
      ground: 'G_DOMESTIC',
      reasons: 'Content needs a court order TA cannot give.',
    });
    assert.equal(h.state!.status, 'partially_executed');
    assert.equal(
      code(() =>
        h.run(ACTORS.recCa, {
          type: 'transmit_results',
          items: [{ itemId: 'i1', dataItemId: 'd1', conditions: conditions() }],
        }),
      ),
      'invalid_results',
    );
    h.run(ACTORS.recCa, {
      type: 'transmit_results',
      items: [{ itemId: 'i2', dataItemId: 'd2', conditions: conditions() }],
    });
    assert.equal(h.state!.status, 'results_transmitted');
    h.run(ACTORS.reqCa, { type: 'close' });
    assert.equal(h.state!.status, 'closed');
  });

  it('suspends the clock while information is requested and shifts it by the working days lost', () => {
    const h = reviewed();
    const before = h.state!.deadlines.find((d) => d.id === 'recognition')!.dueAt!;
    h.run(ACTORS.recCa, {
      type: 'request_information',
      infoRequestId: 'q1',
      question: 'Which time zone are the logs in?',
    });
    assert.equal(h.state!.deadlines.find((d) => d.id === 'recognition')!.status, 'suspended');
    h.clock.advance(7 * DAY); // one calendar week = five TA working days
    h.run(ACTORS.reqCa, { type: 'provide_information', infoRequestId: 'q1', answer: 'UTC.' });
    const after = h.state!.deadlines.find((d) => d.id === 'recognition')!;
    assert.equal(after.status, 'running');
    assert.equal(Date.parse(after.dueAt!) - Date.parse(before), 7 * DAY);
  });

  it('extends a deadline only within the regime limits and with reasons', () => {
    const h = reviewed();
    assert.equal(
      code(() => h.run(ACTORS.recCa, { type: 'extend_deadline', deadlineId: 'recognition', reasons: '' })),
      'reasons_required',
    );
    h.run(ACTORS.recCa, { type: 'extend_deadline', deadlineId: 'recognition', reasons: 'complex case' });
    h.run(ACTORS.recCa, { type: 'extend_deadline', deadlineId: 'recognition', reasons: 'still complex' });
    assert.equal(
      code(() =>
        h.run(ACTORS.recCa, { type: 'extend_deadline', deadlineId: 'recognition', reasons: 'again' }),
      ),
      'extension_limit_reached',
    );
    assert.equal(h.state!.deadlines.find((d) => d.id === 'recognition')!.extensions, 2);
  });
});

function conditions() {
  return {
    purpose: 'investigation TB-2026-17',
    retentionUntil: '2028-01-01',
    onwardTransfer: 'with_prior_consent',
    consentForm: 'written',
    personalDataCategories: ['traffic data'],
    source: 'UNCC art. 36',
    confidence: 'unconfirmed',
  } as const;
}
