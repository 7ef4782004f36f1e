/** `npm run demo -- --once` starts three nodes, completes the round trip and exits cleanly. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

test('the demo runs the full evidence ladder between XA and XB and exits', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--once'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(run.status, 0, run.stderr);
  for (const rung of ['accepted', 'delivered', 'opened', 'answered'])
    assert.match(run.stdout, new RegExp(`${rung}\\s+signed at`), rung);
  assert.match(run.stdout, /admin-xa \/ demo admin password XA/);
  assert.match(run.stdout, /XA received the confirmation \(request\.preservation\.confirmed\)/);
});
