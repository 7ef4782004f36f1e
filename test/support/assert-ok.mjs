// Loaded before every test file (scripts/run-tests.mjs). When `assert.ok(value)` fails without
// a message, Node rebuilds the failing expression from the source file at the reported
// position; with TypeScript run through source maps that search can spin without end, so one
// failing assertion hangs the whole run instead of reporting. A fixed message skips the search;
// the stack still names the line.
import assert from 'node:assert';

for (const target of [assert, assert.strict]) {
  const ok = target.ok;
  target.ok = function okWithMessage(value, ...rest) {
    return rest.length === 0
      ? ok.call(this, value, 'expected a truthy value')
      : ok.call(this, value, ...rest);
  };
}
