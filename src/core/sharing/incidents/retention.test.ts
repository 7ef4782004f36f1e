import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retentionEnds } from './retention.js';

test('a date keeps the whole day (UTC); an instant is exact; anything else is no deadline', () => {
  assert.equal(retentionEnds('2027-05-04')?.toISOString(), '2027-05-05T00:00:00.000Z');
  assert.equal(retentionEnds('2027-05-04T12:30:00Z')?.toISOString(), '2027-05-04T12:30:00.000Z');
  assert.equal(retentionEnds('2027-05-04T12:30:00+02:00')?.toISOString(), '2027-05-04T10:30:00.000Z');
  for (const bad of ['', 'until the end of the case', '2027-13-45', '04/05/2027'])
    assert.equal(retentionEnds(bad), undefined, bad);
});
