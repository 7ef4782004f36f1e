import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acceptsTaxii, isTaxiiContentType } from './media-types.js';

test('Accept: TAXII 2.1, bare TAXII and wildcards pass; other versions and types do not', () => {
  for (const accept of [
    'application/taxii+json;version=2.1',
    'application/taxii+json',
    'application/taxii+json; version="2.1"',
    'text/html, application/taxii+json;q=0.5',
    '*/*',
    undefined,
  ])
    assert.equal(acceptsTaxii(accept), true, String(accept));
  for (const accept of [
    'application/taxii+json;version=2.0',
    'application/json',
    'text/html',
    'application/taxii+json;q=0',
  ])
    assert.equal(acceptsTaxii(accept), false, accept);
});

test('Content-Type: only TAXII 2.1 (or TAXII without a version)', () => {
  assert.equal(isTaxiiContentType('application/taxii+json;version=2.1'), true);
  assert.equal(isTaxiiContentType('application/taxii+json'), true);
  assert.equal(isTaxiiContentType('application/json'), false);
  assert.equal(isTaxiiContentType('application/taxii+json;version=2.0'), false);
  assert.equal(isTaxiiContentType(undefined), false);
});
