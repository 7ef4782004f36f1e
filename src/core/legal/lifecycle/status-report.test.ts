import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACTORS, Harness, STORED_DATA_DRAFT } from '../../../../test/support/legal/harness.js';
import { statusReport } from './status-report.js';

const { reqCa, recCa } = ACTORS;

test('the report gives the version, per-item progress and only the clocks still running', () => {
  const h = new Harness();
  h.run(reqCa, STORED_DATA_DRAFT);
  h.run(reqCa, { type: 'submit' });
  h.run(recCa, { type: 'sign_receipt' });
  h.run(recCa, { type: 'start_review' });
  h.run(recCa, { type: 'request_information', infoRequestId: 'q1', question: 'Which time zone?' });
  const state = h.state!;
  const report = statusReport(state);
  assert.equal(report.version, state.version);
  assert.equal(report.status, 'information_requested');
  assert.equal(report.lastEventAt, state.lastEventAt);
  assert.deepEqual(report.progress, { total: 2, executed: 0, refused: 0, pending: 2 });
  assert.deepEqual(report.openInformationRequests, ['q1']);
  assert.ok(report.deadlines.every((d) => d.status !== 'stopped'));
  assert.deepEqual(
    report.deadlines.map((d) => d.id),
    state.deadlines.filter((d) => d.status !== 'stopped').map((d) => d.id),
  );
  assert.ok(
    !report.deadlines.some((d) => d.id === 'acknowledgement'),
    'the acknowledgement clock stopped when the review started',
  );
});
