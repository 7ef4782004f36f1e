import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextCursor } from './link-header';

test('the next page cursor is read from the rel="next" link only', () => {
  assert.equal(nextCursor('</api/requests?limit=1000&cursor=WyJhIiwiYiJd>; rel="next"'), 'WyJhIiwiYiJd');
  assert.equal(
    nextCursor('</api/requests?cursor=first>; rel="prev", </api/requests?cursor=second>; rel="next"'),
    'second',
  );
  assert.equal(nextCursor('</api/requests?cursor=x>; rel="nextish"'), undefined);
  assert.equal(nextCursor('</api/requests?limit=5>; rel="next"'), undefined);
  assert.equal(nextCursor(null), undefined);
  assert.equal(nextCursor(''), undefined);
});
