import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from '../canonical-json.js';
import { type AuditEvent, auditContent, chainAuditEvent, GENESIS_HASH, verifyChain } from './chain.js';

function makeChain(n: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < n; i++) {
    events.push(
      chainAuditEvent(events.at(-1), {
        id: `evt-${i + 1}`,
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
        actorType: 'user',
        actorId: 'u1',
        action: 'user.create',
        subjectType: 'user',
        subjectId: `u${i}`,
        legalBasis: null,
        requestId: `req-${i}`,
        details: { n: i },
      }),
    );
  }
  return events;
}

test('an untouched chain verifies and reports its head', async () => {
  const events = makeChain(5);
  const verdict = await verifyChain(events, { seq: 5, hash: events[4]!.hash });
  assert.deepEqual(verdict, { ok: true, checked: 5, head: { seq: 5, hash: events[4]!.hash } });
  assert.equal(events[0]!.prevHash, GENESIS_HASH);
});

test('an altered field is caught at that event', async () => {
  const events = makeChain(5);
  events[2] = { ...events[2]!, actorId: 'someone-else' };
  const verdict = await verifyChain(events);
  assert.equal(verdict.ok, false);
  assert.ok(!verdict.ok && verdict.problem === 'hash_mismatch' && verdict.seq === 3);
});

test('a deleted event is caught at the event after the hole', async () => {
  const events = makeChain(5);
  events.splice(1, 1);
  const verdict = await verifyChain(events);
  assert.ok(!verdict.ok && verdict.problem === 'broken_link' && verdict.seq === 3);
});

test('deleting the last event is caught against the recorded head', async () => {
  const events = makeChain(5);
  const head = { seq: 5, hash: events[4]!.hash };
  const verdict = await verifyChain(events.slice(0, 4), head);
  assert.ok(!verdict.ok && verdict.problem === 'truncated' && verdict.seq === 5);
});

test('an inserted event, even with a valid hash of its own, breaks the next link', async () => {
  const events = makeChain(5);
  const forged = chainAuditEvent(events[1], {
    ...events[2]!,
    id: 'forged',
    action: 'user.delete',
  });
  const renumbered = events.slice(2).map((e) => ({ ...e, seq: e.seq + 1 }));
  const verdict = await verifyChain([events[0]!, events[1]!, forged, ...renumbered]);
  assert.ok(!verdict.ok && verdict.problem === 'broken_link' && verdict.seq === 4);
});

test('two swapped events are caught', async () => {
  const events = makeChain(5);
  const swapped = [events[0]!, { ...events[2]!, seq: 2 }, { ...events[1]!, seq: 3 }, events[3]!, events[4]!];
  const verdict = await verifyChain(swapped);
  assert.ok(!verdict.ok && verdict.problem === 'broken_link' && verdict.seq === 2);
});

test('the fast content serialisation is exactly RFC 8785 canonical JSON', () => {
  for (const event of makeChain(3)) {
    const { hash: _hash, detailsJson: _json, ...content } = event;
    assert.equal(auditContent(content, canonicalJson(content.details)), canonicalJson(content));
  }
  const odd = {
    ...makeChain(1)[0]!,
    legalBasis: 'UNCC art. 42 "expedited"',
    requestId: null,
    details: { z: [1, { b: 2, a: '\u2028' }], a: null },
  };
  const { hash: _h, detailsJson: _d, ...content } = odd;
  assert.equal(auditContent(content, canonicalJson(content.details)), canonicalJson(content));
});
