/** Hostile or random input must yield a verdict, never an exception. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parsePattern } from './pattern.js';
import { validateStixObject } from './validate.js';

const ID = '8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f';

describe('robustness', () => {
  it('validateStixObject returns a verdict for any JSON value', () => {
    const plausible = fc.record(
      {
        type: fc.constantFrom('indicator', 'relationship', 'file', 'x-thing', 'marking-definition', 'bundle'),
        id: fc.constantFrom(`indicator--${ID}`, `file--${ID}`, 'nope'),
        spec_version: fc.constantFrom('2.1', '2.0'),
        created: fc.constantFrom('2021-01-01T00:00:00Z', '2021-13-01T00:00:00Z'),
        modified: fc.constant('2021-01-01T00:00:00Z'),
        pattern: fc.string(),
        pattern_type: fc.constantFrom('stix', 'yara'),
        granular_markings: fc.jsonValue(),
        object_marking_refs: fc.jsonValue(),
        extensions: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), plausible), (value) => {
        const check = validateStixObject(value);
        assert.equal(typeof check.ok, 'boolean');
        if (!check.ok) assert.ok(check.reason.length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('parsePattern returns a verdict with an offset inside the text for any string', () => {
    const pieces = fc.constantFrom(
      '[',
      ']',
      '(',
      ')',
      "'",
      '\\',
      ' AND ',
      ' OR ',
      'x:y',
      ' = ',
      ' IN ',
      "t'",
      "h'",
      '1',
      '.',
      ',',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((p) => p.join('')),
        ),
        (text) => {
          const parsed = parsePattern(text);
          if (!parsed.ok) assert.ok(parsed.offset >= 0 && parsed.offset <= text.length);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
