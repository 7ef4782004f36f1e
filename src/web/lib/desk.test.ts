import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DeskRequest, deskRows } from './desk';

function request(
  id: string,
  over: Partial<DeskRequest['state']> & { side?: DeskRequest['side'] } = {},
): DeskRequest {
  const { side = 'requested', ...state } = over;
  return {
    id,
    side,
    state: {
      requestId: id,
      regime: 'uncc-2024',
      instrument: 'preservation',
      requestingState: 'XB',
      requestedState: 'XA',
      urgency: 'routine',
      status: 'received',
      timeZones: { requesting: 'America/Bogota', requested: 'Europe/Vienna' },
      deadlines: [],
      escalations: [],
      ...state,
    },
  };
}

const due = (id: string, dueAt: string, status = 'running') => ({
  id,
  label: id,
  dueAt,
  status,
  source: 'UNCC art. 42',
  confidence: 'unconfirmed',
});

test('the desk shows received requests not yet over, most urgent first, then unacknowledged, then nearest deadline', () => {
  const rows = deskRows([
    request('routine-late', { deadlines: [due('d', '2026-12-20T00:00:00Z')] }),
    request('routine-soon', { deadlines: [due('d', '2026-12-08T00:00:00Z')] }),
    request('urgent-acknowledged', { urgency: 'urgent', status: 'under_review' }),
    request('urgent-new', { urgency: 'urgent' }),
    request('emergency', { urgency: 'emergency', status: 'accepted' }),
    request('sent-by-us', { side: 'requesting' }),
    request('closed', { status: 'closed' }),
    request('refused', { status: 'refused' }),
  ]);
  assert.deepEqual(
    rows.map((r) => r.id),
    ['emergency', 'urgent-new', 'urgent-acknowledged', 'routine-soon', 'routine-late'],
  );
});

test('a row shows the nearest running deadline, the escalation level and the requesting side’s time zone', () => {
  const [row] = deskRows([
    request('r', {
      deadlines: [
        due('stopped', '2026-12-07T10:00:00Z', 'stopped'),
        due('later', '2026-12-09T10:00:00Z'),
        due('sooner', '2026-12-08T10:00:00Z'),
      ],
      escalations: [
        { level: 1, at: '2026-12-07T01:00:00Z' },
        { level: 2, at: '2026-12-07T02:00:00Z' },
      ],
    }),
  ]);
  assert.equal(row?.next?.id, 'sooner');
  assert.equal(row?.escalationLevel, 2);
  assert.equal(row?.requestingTimeZone, 'America/Bogota');
  assert.equal(row?.acknowledged, false);
});
