import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineMessage } from './timeline-text';

const list = (items: readonly string[]) => items.join(' + ');

test('an entry with all its facts becomes a message of the catalogue, with its values', () => {
  assert.deepEqual(
    timelineMessage('objects_added', { accepted: 6, unchanged: 0, rejected: 1, changed: [] }, list),
    {
      key: 'timelineText.objects',
      values: { accepted: 6, unchanged: 0, rejected: 1 },
    },
  );
  assert.deepEqual(timelineMessage('consent', { state: 'XC', reference: 'letter 117' }, list), {
    key: 'timelineText.consent',
    values: { state: 'XC', reference: 'letter 117' },
  });
  assert.deepEqual(timelineMessage('assigned', { assignees: ['ana', 'bo'] }, list), {
    key: 'timelineText.assigned',
    values: { people: 'ana + bo' },
  });
  assert.deepEqual(timelineMessage('assigned', { assignees: [] }, list), {
    key: 'timelineText.assignedNobody',
    values: {},
  });
  assert.deepEqual(
    timelineMessage(
      'sighting',
      { from: 'xb', fromState: 'XB', sightingOf: ['indicator--1'], stored: [] },
      list,
    ),
    { key: 'timelineText.sightingReceived', values: { from: 'xb', state: 'XB', objects: 'indicator--1' } },
  );
  assert.equal(
    timelineMessage('revoked', { objectId: 'indicator--1', reason: 'sinkhole' }, list)?.key,
    'timelineText.revokedBecause',
  );
  assert.equal(timelineMessage('revoked', { objectId: 'indicator--1' }, list)?.key, 'timelineText.revoked');
});

test('a share says each State with what went and what was withheld', () => {
  const message = timelineMessage(
    'shared',
    {
      shareId: 's',
      peers: [
        { state: 'XB', sent: 8, withheld: 0 },
        { state: 'XC', sent: 7, withheld: 1 },
      ],
    },
    list,
  );
  assert.equal(message?.key, 'timelineText.shared');
  assert.deepEqual(
    message?.parts?.map((p) => p.values),
    [
      { state: 'XB', sent: 8, withheld: 0 },
      { state: 'XC', sent: 7, withheld: 1 },
    ],
  );
});

test('an entry missing a fact, of the wrong type, or of an unknown kind is left in the node words', () => {
  assert.equal(timelineMessage('objects_added', { changed: [] }, list), null, 'written by an older node');
  assert.equal(timelineMessage('objects_added', { accepted: '6', unchanged: 0, rejected: 0 }, list), null);
  assert.equal(timelineMessage('shared', { peers: [{ state: 'XB', sent: 1 }] }, list), null);
  assert.equal(timelineMessage('shared', { peers: [] }, list), null);
  assert.equal(timelineMessage('something_new', { anything: 1 }, list), null);
  assert.equal(timelineMessage('note', {}, list), null, 'a note is what a person wrote: shown as written');
});
