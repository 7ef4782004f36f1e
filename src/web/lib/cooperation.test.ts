import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classesOf, measureOf, openRequestsByState, type RequestLike, withBacklog } from './cooperation';

const request = (
  side: RequestLike['side'],
  status: string,
  requestingState: string,
  requestedState: string,
) => ({
  side,
  state: { status, requestingState, requestedState },
});

test('open requests are counted per other State, sent and received; drafts and ended ones are not', () => {
  const by = openRequestsByState([
    request('requesting', 'submitted', 'XB', 'XA'),
    request('requesting', 'draft', 'XB', 'XA'),
    request('requested', 'received', 'XA', 'XB'),
    request('requested', 'closed', 'XA', 'XB'),
    request('requesting', 'in_execution', 'XB', 'XC'),
    request('requesting', 'refused', 'XB', 'XC'),
  ]);
  assert.deepEqual(by.get('XA'), { state: 'XA', sent: 1, received: 1, open: 2 });
  assert.deepEqual(by.get('XC'), { state: 'XC', sent: 1, received: 0, open: 1 });
  assert.equal(by.size, 2);
});

test('the legend classes cover 1 to the largest count without gaps or overlaps', () => {
  assert.deepEqual(classesOf(0), []);
  assert.deepEqual(classesOf(2), [
    { from: 1, to: 1 },
    { from: 2, to: 2 },
  ]);
  for (const max of [1, 3, 7, 10, 123]) {
    const classes = classesOf(max);
    assert.equal(classes[0]!.from, 1);
    assert.equal(classes.at(-1)!.to, max);
    for (let i = 1; i < classes.length; i++) assert.equal(classes[i]!.from, classes[i - 1]!.to + 1);
  }
});

test("a State's backlog sums its nodes' waiting messages; a State with a peer but no request is added", () => {
  const by = openRequestsByState([request('requesting', 'submitted', 'XB', 'XA')]);
  const both = withBacklog(by, [
    { state: 'XA', delivery: { backlog: 3 } },
    { state: 'XA', delivery: { backlog: 2 } },
    { state: 'XD', delivery: { backlog: 0 } },
  ]);
  assert.deepEqual(both.get('XA'), { state: 'XA', sent: 1, received: 0, open: 1, backlog: 5 });
  assert.deepEqual(both.get('XD'), { state: 'XD', sent: 0, received: 0, open: 0, backlog: 0 });
  assert.equal(measureOf(both.get('XA')!, 'backlog'), 5);
  assert.equal(measureOf(both.get('XA')!, 'open'), 1);
  assert.equal(measureOf(by.get('XA')!, 'backlog'), 0, 'unknown backlog reads as none');
});
