import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ACTORS,
  Harness,
  PRESERVATION_DRAFT,
  STORED_DATA_DRAFT,
} from '../../../../test/support/legal/harness.js';
import { checkRetention } from './personal-data.js';
import { reviewRequest } from './review.js';

const codes = (fs: readonly { code: string }[]) => fs.map((f) => f.code).sort();

describe('reviewRequest', () => {
  it('lists the art. 24 statements missing from a coercive request and the open screening', () => {
    const h = new Harness();
    h.run(ACTORS.reqCa, {
      ...STORED_DATA_DRAFT,
      fields: { requestingAuthority: 'TB CA', confidentialityRequested: true },
    });
    const r = reviewRequest(h.registry, h.state!);
    assert.deepEqual(codes(r.findings), [
      'coercive_statement_missing',
      'coercive_statement_missing',
      'coercive_statement_missing',
      'keep_confidential',
      'missing_required_field',
      'missing_required_field',
      'missing_required_field',
      'screening_unanswered',
      'screening_unanswered',
      'unknown_field',
    ]);
    assert.equal(r.readyForDecision, false);
    assert.equal(r.readyToSend, false, 'missing fields stop the sending');
    assert.equal(r.dualCriminality.outcome, 'satisfied');
  });

  it("a complete draft is ready to send though the screening (the requested State's) is still open", () => {
    const h = new Harness();
    h.run(ACTORS.reqPoc, PRESERVATION_DRAFT);
    const r = reviewRequest(h.registry, h.state!);
    assert.ok(r.findings.some((f) => f.code === 'screening_unanswered'));
    assert.equal(r.readyForDecision, false);
    assert.equal(r.readyToSend, true);
  });

  it('a complete, screened request is ready and flags user non-notification', () => {
    const h = new Harness();
    h.run(ACTORS.reqPoc, PRESERVATION_DRAFT);
    h.run(ACTORS.reqPoc, { type: 'submit' });
    h.run(ACTORS.recPoc, { type: 'sign_receipt' });
    h.run(ACTORS.recPoc, {
      type: 'answer_screening',
      answers: [
        { questionId: 'protected_grounds', concern: false },
        { questionId: 'freedoms', concern: true, note: 'target is a journalist' },
      ],
    });
    const r = reviewRequest(h.registry, h.state!);
    assert.deepEqual(codes(r.findings), ['do_not_notify_user', 'screening_concern']);
    assert.match(r.findings.find((f) => f.code === 'screening_concern')!.message, /G_DISCRIMINATION/);
    assert.equal(r.dualCriminality.outcome, 'not_required');
  });

  it('emergency requests need the full justification and track written confirmation', () => {
    const h = new Harness();
    h.run(ACTORS.reqPoc, {
      ...PRESERVATION_DRAFT,
      instrument: 'emergency',
      fields: {
        emergencyJustification: {
          personsAtRisk: 'a hostage',
          threatNature: 'kidnapping',
          imminence: 'tonight',
        },
      },
    });
    h.run(ACTORS.reqPoc, { type: 'submit' });
    const s = h.state!;
    assert.equal(s.channel, 'poc_to_poc');
    assert.equal(s.writtenConfirmation, 'pending');
    assert.ok(codes(reviewRequest(h.registry, s).findings).includes('written_confirmation_pending'));
    h.run(ACTORS.reqPoc, { type: 'confirm_in_writing', reference: 'TB-PoC letter 12/2026' });
    assert.equal(h.state!.writtenConfirmation, 'received');
  });

  it('refuses an emergency draft without a structured justification', () => {
    const h = new Harness();
    assert.throws(
      () =>
        h.run(ACTORS.reqPoc, {
          ...PRESERVATION_DRAFT,
          instrument: 'emergency',
          fields: { emergencyJustification: { personsAtRisk: 'x' } },
        }),
      (e: unknown) =>
        (e as { code?: string }).code === 'emergency_justification_required' &&
        (e as { issues: { path: string }[] }).issues.map((i) => i.path).join() ===
          '/fields/emergencyJustification/threatNature,/fields/emergencyJustification/imminence',
    );
  });
});

describe('checkRetention', () => {
  const base = { originState: 'XA', requestId: 'r', receivedAt: '2026-01-01T00:00:00Z' };
  const cond = (retentionUntil: string | null, personalDataCategories: string[] = ['subscriber']) => ({
    purpose: 'p',
    retentionUntil,
    onwardTransfer: 'forbidden' as const,
    consentForm: 'written' as const,
    personalDataCategories,
    source: 's',
    confidence: 'unconfirmed' as const,
  });
  it('flags expired, ending and unbounded retention', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const f = checkRetention(
      [
        { ...base, id: 'a', conditions: cond('2026-05-01T00:00:00Z') },
        { ...base, id: 'b', conditions: cond('2026-06-10T00:00:00Z') },
        { ...base, id: 'c', conditions: cond(null) },
        { ...base, id: 'd', conditions: cond(null, []) },
        { ...base, id: 'e', conditions: cond('2027-01-01T00:00:00Z') },
      ],
      now,
    );
    assert.deepEqual(
      f.map((x) => `${x.path} ${x.code}`),
      ['/items/a retention_expired', '/items/b retention_ending', '/items/c no_retention_limit'],
    );
  });
});
