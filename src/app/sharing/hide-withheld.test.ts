import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hideWithheld, hideWithheldInText, stixIdsIn } from './hide-withheld.js';

const SEEN = 'indicator--6f1a9a52-2a4b-4cbb-9a3c-0d4d2b8e1f10';
const HIDDEN = 'indicator--0b1f3c7e-5d55-4c2a-9a43-3f1c2b8f9e01';

test('withheld STIX ids are dropped from lists and fields; other values stay', () => {
  const visible = new Set([SEEN]);
  assert.deepEqual(
    hideWithheld(
      {
        shareId: '5f0c2d1e-0a8b-4a44-9f5e-2b8c1d3e4f50',
        stored: [SEEN, HIDDEN],
        withheld: [{ id: HIDDEN, reason: 'TLP:RED' }],
        object: HIDDEN,
        count: 2,
      },
      visible,
    ),
    {
      shareId: '5f0c2d1e-0a8b-4a44-9f5e-2b8c1d3e4f50',
      stored: [SEEN],
      withheld: [{ reason: 'TLP:RED' }],
      count: 2,
    },
  );
});

test('inside text a withheld id is written as withheld', () => {
  assert.equal(
    hideWithheldInText(`Sighting of ${SEEN}, ${HIDDEN}`, new Set([SEEN])),
    `Sighting of ${SEEN}, (withheld)`,
  );
});

test('the ids a record names are found in its fields and in JSON kept as text', () => {
  assert.deepEqual(stixIdsIn({ a: [SEEN], b: JSON.stringify({ c: HIDDEN, d: SEEN }) }), [SEEN, HIDDEN]);
  assert.deepEqual(stixIdsIn(null), []);
});
