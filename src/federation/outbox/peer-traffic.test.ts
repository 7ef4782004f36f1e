import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { forEachDialect } from '../../../test/support/databases.js';
import type { Database } from '../../storage/database.js';
import { LATENCY_BOUNDS, peerTraffic, percentileOf } from './peer-traffic.js';

test('a percentile is read inside its bucket and never past the longest time seen', () => {
  const counts = new Array<number>(LATENCY_BOUNDS.length + 1).fill(0);
  counts[0] = 50; // ≤ 0.5 s
  counts[3] = 50; // 2–5 s
  assert.equal(percentileOf(counts, 0.5, 4), 0.5);
  // The 95th of 100 is the 45th of the 50 in the 2–5 s bucket: 2 + 45/50 × (4 − 2), capped at 4 s.
  assert.equal(percentileOf(counts, 0.95, 4), 2 + (45 / 50) * 2);
  assert.equal(percentileOf(counts, 1, 4), 4);
  assert.equal(percentileOf(new Array<number>(counts.length).fill(0), 0.5, 0), 0);
  const slow = new Array<number>(counts.length).fill(0);
  slow[LATENCY_BOUNDS.length] = 1; // beyond the last bound: the longest time is the bound
  assert.equal(percentileOf(slow, 0.5, 200_000), 86_400 + 0.5 * (200_000 - 86_400));
});

async function seed(database: Database) {
  const at = '2026-03-01T00:00:00.000Z';
  await database.transact(async (tx) => {
    for (const nodeId of ['xb', 'xc'])
      await tx.db
        .insertInto('peers')
        .values({
          node_id: nodeId,
          url: `https://${nodeId}.example`,
          state: nodeId.toUpperCase(),
          fingerprint: 'f',
          card: 'c',
          keys: '[]',
          authorities: '[]',
          status: 'active',
          failures: 0,
          added_at: at,
          updated_at: at,
        })
        .execute();
    const out = (peer: string, created: string, status: string, acceptedAfterSeconds?: number) =>
      tx.db
        .insertInto('outbox')
        .values({
          message_id: randomUUID(),
          peer,
          type: 'federation.ping',
          envelope: '{}',
          digest: 'd',
          bytes: 1,
          status,
          attempts: 1,
          created_at: created,
          expires_at: '2027-01-01T00:00:00.000Z',
          accepted_at:
            acceptedAfterSeconds === undefined
              ? null
              : new Date(Date.parse(created) + acceptedAfterSeconds * 1000).toISOString(),
        } as never)
        .execute();
    // 5 March: four delivered in 0.2 s, 0.3 s, 1.5 s and 40 s; one refused; one waiting.
    await out('xb', '2026-03-05T10:00:00.000Z', 'accepted', 0.2);
    await out('xb', '2026-03-05T11:00:00.000Z', 'accepted', 0.3);
    await out('xb', '2026-03-05T12:00:00.000Z', 'accepted', 1.5);
    await out('xb', '2026-03-05T23:59:59.000Z', 'accepted', 40); // delivered on the 6th, counted on the 5th
    await out('xb', '2026-03-05T13:00:00.000Z', 'rejected');
    await out('xb', '2026-03-05T14:00:00.000Z', 'pending');
    // Before the window, and to another peer: not counted.
    await out('xb', '2026-02-20T10:00:00.000Z', 'accepted', 1);
    await out('xc', '2026-03-05T10:00:00.000Z', 'accepted', 1);
    const received = (from: string, at: string) =>
      tx.db
        .insertInto('inbox_messages')
        .values({
          message_id: randomUUID(),
          from_node: from,
          type: 'federation.ping',
          digest: 'd',
          envelope: '{}',
          payload: '{}',
          created_at: at,
          expires_at: '2027-01-01T00:00:00.000Z',
          received_at: at,
          receipt: 'r',
        } as never)
        .execute();
    await received('xb', '2026-03-06T08:00:00.000Z');
    await received('xb', '2026-03-06T09:00:00.000Z');
    await received('xc', '2026-03-06T09:00:00.000Z');
  });
}

forEachDialect('traffic with one peer, day by day', (t) => {
  test('each day counts what was queued that day, its fate and its delivery times', async () => {
    await seed(t.database);
    const traffic = await peerTraffic(t.database, 'xb', new Date('2026-03-07T15:00:00Z'), 7);
    assert.equal(traffic.from, '2026-03-01');
    assert.equal(traffic.to, '2026-03-07');
    assert.deepEqual(
      traffic.days.map((d) => d.day),
      ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07'],
    );
    const fifth = traffic.days[4]!;
    assert.deepEqual(
      { sent: fifth.sent, delivered: fifth.delivered, rejected: fifth.rejected, waiting: fifth.waiting },
      { sent: 6, delivered: 4, rejected: 1, waiting: 1 },
    );
    assert.equal(fifth.received, 0);
    // Median of 0.2, 0.3, 1.5, 40 from the buckets: rank 2 is the second of two in ≤ 0.5 s.
    assert.equal(fifth.deliveryTimes?.median, 0.5);
    assert.equal(fifth.deliveryTimes?.max, 40);
    assert.ok(
      fifth.deliveryTimes!.p95 > 30 && fifth.deliveryTimes!.p95 <= 40,
      String(fifth.deliveryTimes?.p95),
    );
    assert.equal(traffic.days[5]!.received, 2);
    assert.equal(traffic.days[5]!.sent, 0);
    assert.equal(traffic.days[5]!.deliveryTimes, null);
    assert.equal(
      traffic.days.reduce((n, d) => n + d.sent, 0),
      6,
      'the message before the window and the one to another peer are not counted',
    );
  });
});
