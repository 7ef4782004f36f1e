/** `npm run demo -- scenario ransomware` plays the worked example across the nodes and exits cleanly. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

test('the ransomware scenario plays preservation, escalation, MLA, partial execution and evidence across nodes', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', 'scenario', 'ransomware'], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  assert.equal(run.status, 0, run.stderr + run.stdout);
  const out = run.stdout;
  assert.match(out, /Bogota 02:10 .* XB submits P-1 → XA's node signs the receipt; both nodes: received/);
  assert.match(out, /XA alerts the officer on call: poc-xa-1@xa\.example/);
  assert.match(out, /XB's node tells poc-xb@xb\.example: .*XA confirmed that the data are preserved/);
  for (const [level, who] of [
    [1, 'poc-xa-1'],
    [2, 'poc-xa-2'],
    [3, 'head'],
  ] as const)
    assert.match(out, new RegExp(`escalation\\(s\\) of P-2, level ${level} → ${who}@xa\\.example`));
  assert.match(out, /refuses the disk image \(UNCC40_DOMESTIC_PROHIBITION\): M-1 partially_executed/);
  assert.match(out, /an XB analyst tries to pass D-1 to XC: 403/);
  assert.match(out, /XB verified the hash on arrival: verified; XA's record: verified/);
  assert.match(out, /XB downloads it from its own node: SHA-256 \w+… matches what XA recorded/);
  assert.match(out, /XA #\d+\s+\S+\s+evidence\.delivery_verified/);
  assert.match(out, /XB #\d+\s+\S+\s+evidence\.received/);
  assert.match(out, /\* escalation_notified\s+XA system/);
  assert.match(out, /P-1\s+\* follow_up_received\s+XA system/, 'the follow-up is linked on arrival');
  assert.match(out, /XB→XA\s+M-1\s+request\.events\s+signed by XA; held by XB too, same digest/);
  assert.doesNotMatch(out, /DIGESTS DIFFER|not held by the sender/);
  assert.match(out, /Both nodes agreed on every request after every step\./);
});
