import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSharedObjects, SHARED_DIR, STIX_EXAMPLE_FILES } from '../../../../test/support/shared-data.js';
import { parsePattern } from './pattern.js';

function comparisons(pattern: string) {
  const parsed = parsePattern(pattern);
  assert.ok(parsed.ok, parsed.ok ? '' : `${parsed.reason} at ${parsed.offset}`);
  return parsed.comparisons;
}

function failure(pattern: string) {
  const parsed = parsePattern(pattern);
  assert.equal(parsed.ok, false, `expected ${pattern} to be refused`);
  return parsed as { ok: false; reason: string; offset: number };
}

describe('parsePattern accepts the STIX 2.1 grammar', () => {
  it('returns equality comparisons with object type, path and value', () => {
    assert.deepEqual(
      comparisons("[ipv4-addr:value = '198.51.100.1']").map(({ objectType, path, operator, value }) => ({
        objectType,
        path,
        operator,
        value,
      })),
      [{ objectType: 'ipv4-addr', path: 'value', operator: '=', value: '198.51.100.1' }],
    );
  });

  it('reads quoted keys, list indices and the any-index star', () => {
    const [hash, section, first] = comparisons(
      "[file:hashes.'SHA-256' = 'aa' AND file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.5 AND email-message:to_refs[0].value = 'x@example.org']",
    );
    assert.equal(hash?.path, "hashes.'SHA-256'");
    assert.deepEqual(hash?.segments, ['hashes', 'SHA-256']);
    assert.equal(section?.path, "extensions.'windows-pebinary-ext'.sections[*].entropy");
    assert.equal(section?.value, 7.5);
    assert.deepEqual(first?.segments, ['to_refs', 0, 'value']);
  });

  it('decodes escapes and every literal type', () => {
    const values = comparisons(
      "[x:a = 'it\\'s a \\\\ path' OR x:b = -12 OR x:c = true OR x:d = t'2021-01-01T00:00:00.123Z' OR x:e = h'0A0b' OR x:f = b'aGk=' OR x:g = FALSE]",
    ).map((c) => [c.value, c.literalType]);
    assert.deepEqual(values, [
      ["it's a \\ path", 'string'],
      [-12, 'int'],
      [true, 'bool'],
      ['2021-01-01T00:00:00.123Z', 'timestamp'],
      ['0a0b', 'hex'],
      ['aGk=', 'binary'],
      [false, 'bool'],
    ]);
  });

  it('gives one comparison per member of an IN set, and marks negation in the operator', () => {
    const result = comparisons(
      "[domain-name:value IN ('a.example', 'b.example') AND domain-name:value NOT = 'c.example']",
    );
    assert.deepEqual(
      result.map((c) => [c.operator, c.value, c.negated]),
      [
        ['IN', 'a.example', false],
        ['IN', 'b.example', false],
        ['NOT =', 'c.example', true],
      ],
    );
  });

  it('accepts every operator, EXISTS, qualifiers, FOLLOWEDBY and nesting', () => {
    const pattern =
      "([file:size >= 10 AND file:size <= 20 AND file:size != 15 AND file:size < 30 AND file:size > 1] OR [file:name LIKE 'a%' AND file:name MATCHES '^a' AND (EXISTS file:parent_directory_ref OR process:pid == 4)]) " +
      "FOLLOWEDBY [network-traffic:dst_ref.value ISSUBSET '198.51.100.0/24' AND network-traffic:src_ref.value ISSUPERSET '10.0.0.1/32' AND x:y <> 'z'] " +
      "WITHIN 300 SECONDS REPEATS 2 TIMES START t'2021-01-01T00:00:00Z' STOP t'2021-02-01T00:00:00Z' AND [x:a = 1] WITHIN 1.5 SECONDS";
    const operators = comparisons(pattern).map((c) => c.operator);
    assert.deepEqual(operators, [
      '>=',
      '<=',
      '!=',
      '<',
      '>',
      'LIKE',
      'MATCHES',
      'EXISTS',
      '=',
      'ISSUBSET',
      'ISSUPERSET',
      '!=',
      '=',
    ]);
  });
});

describe('parsePattern refuses bad patterns and says where', () => {
  const cases: Array<[string, number, RegExp]> = [
    ["ipv4-addr:value = '1.2.3.4'", 0, /expected '\[' or '\('/],
    ["[ipv4-addr:value = '1.2.3.4'", 28, /expected '\]'/],
    ["[ipv4-addr:value = '1.2.3.4]", 19, /unterminated string/],
    ["[file:name = 'a\\b']", 15, /backslash/],
    ['[file:name = ]', 13, /expected a literal/],
    ["[file:name ~ 'a']", 11, /unexpected character/],
    ["[file:hashes.SHA-256 = 'a']", 13, /hyphen/],
    ["[x:y = t'2021-02-30T00:00:00Z']", 7, /invalid timestamp/],
    ["[x:y = h'abc']", 7, /invalid hex/],
    ["[x:y = b'a===']", 7, /invalid base64/],
    ['[x:y = 1] WITHIN 0 SECONDS', 17, /positive number/],
    ['[x:y = 1] REPEATS 2', 19, /TIMES/],
    ["[x:y = 1] START t'2021-01-02T00:00:00Z' STOP t'2021-01-01T00:00:00Z'", 45, /later than START/],
    ['[x:y > true]', 7, /orderable/],
    ["[x:y = 'a'] and [x:z = 'b']", 12, /end of pattern/],
    ["[x:y = 'a'] AND", 15, /found end of pattern/],
    ['[x:y LIKE 1]', 10, /string literal/],
    ['[]', 1, /object type/],
  ];
  for (const [pattern, offset, reason] of cases) {
    it(`${pattern} fails at ${offset}`, () => {
      const result = failure(pattern);
      assert.match(result.reason, reason);
      assert.equal(result.offset, offset);
    });
  }

  it('bounds nesting instead of overflowing the stack', () => {
    const deep = `${'('.repeat(100_000)}[x:y = 1]${')'.repeat(100_000)}`;
    assert.match(failure(deep).reason, /nested deeper/);
    const deepComparison = `[${'('.repeat(100_000)}x:y = 1${')'.repeat(100_000)}]`;
    assert.match(failure(deepComparison).reason, /nested deeper/);
    assert.equal(parsePattern(`${'('.repeat(60)}[x:y = 1]${')'.repeat(60)}`).ok, true);
  });
});

describe('parsePattern on the OASIS examples', async () => {
  const files = await Promise.all(STIX_EXAMPLE_FILES.map(loadSharedObjects));
  const skip = files.some((f) => f === undefined) ? `no shared data at ${SHARED_DIR.pathname}` : false;
  it('parses every pattern of every example indicator', { skip }, () => {
    const patterns = files.flatMap((objects) =>
      (objects ?? []).flatMap((o) => {
        const object = o as Record<string, unknown>;
        return object['type'] === 'indicator' && object['pattern_type'] === 'stix'
          ? [object['pattern'] as string]
          : [];
      }),
    );
    assert.ok(patterns.length >= 30, `only ${patterns.length} patterns found`);
    for (const pattern of patterns) {
      const parsed = parsePattern(pattern);
      assert.ok(parsed.ok, `${pattern}: ${parsed.ok ? '' : parsed.reason}`);
      assert.ok(parsed.comparisons.length > 0);
    }
  });

  it('reads the regular-expression escape of the e-mail example as one backslash', { skip }, () => {
    const pattern = "[email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']";
    assert.equal(comparisons(pattern)[0]?.value, '^Final Report.+\\.exe$');
  });
});
