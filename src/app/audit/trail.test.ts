import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell } from './trail.js';

test('a CSV cell is quoted when it holds a comma, a quote or a line break, and only then', () => {
  assert.equal(csvCell('register.state.create'), 'register.state.create');
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('say "no"'), '"say ""no"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell('{"basis":"member"}'), '"{""basis"":""member""}"');
});

test('a cell a spreadsheet would run as a formula is kept as text', () => {
  for (const text of ['=1+1', '+31 20 000', '-2', '@SUM(A1)', '\tx', '\rx'])
    assert.equal(csvCell(text).replace(/^"/, '').startsWith("'"), true, JSON.stringify(text));
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('2026-12-07T03:00:00.000Z'), '2026-12-07T03:00:00.000Z');
});
