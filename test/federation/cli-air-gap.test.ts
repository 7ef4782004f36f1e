/**
 * The air-gap CLI as operators run it, between two nodes with no network: set up, exchange
 * cards with confirmed fingerprints, export pending envelopes, import them on the other side,
 * carry the signed results back. Also: the generated key secret file is private (0600).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openNode } from '../../src/node/open-node.js';
import { SYSTEM_ACTOR } from '../../src/core/context.js';
import { loadConfig } from '../../src/app/config/config.js';
import { appendAudit } from '../../src/storage/audit/audit-log.js';
import { openDatabase } from '../../src/storage/database.js';

const BIN = join(import.meta.dirname, '../../bin/comity.js');
const root = mkdtempSync(join(tmpdir(), 'comity-airgap-'));
after(() => rmSync(root, { recursive: true, force: true }));

function comity(node: string, args: string[], input?: string) {
  const res = spawnSync(process.execPath, [BIN, ...args], {
    env: {
      ...process.env,
      COMITY_DATA_DIR: join(root, node),
      COMITY_DATABASE_URL: '',
      COMITY_KEY_SECRET: '',
      COMITY_NODE_ID: `comity.${node}.example`,
      COMITY_PUBLIC_URL: `https://comity.${node}.example`,
    },
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

test('export → import → ingest between two nodes through files', async () => {
  for (const node of ['xa', 'xb']) {
    const setup = comity(node, [
      'setup',
      '--state',
      node,
      '--state-name',
      node.toUpperCase(),
      '--authority-type',
      'poc_24_7',
      '--authority-name',
      `${node.toUpperCase()} 24/7`,
      '--timezone',
      'UTC',
    ]);
    assert.equal(setup.code, 0, setup.stderr);
  }
  const cards = Object.fromEntries(
    ['xa', 'xb'].map((node) => {
      const r = comity(node, ['federation', 'card']);
      assert.equal(r.code, 0, r.stderr);
      return [node, JSON.parse(r.stdout) as { card: string; fingerprint: string }];
    }),
  );
  assert.equal(statSync(join(root, 'xa', 'node.secret')).mode & 0o777, 0o600);
  for (const [from, to] of [
    ['xa', 'xb'],
    ['xb', 'xa'],
  ] as const) {
    const file = join(root, `${from}.card`);
    writeFileSync(file, JSON.stringify({ card: cards[from]?.card }));
    const wrong = comity(to, [
      'federation',
      'trust',
      file,
      '--fingerprint',
      cards[to]?.fingerprint as string,
    ]);
    assert.equal(wrong.code, 2, 'a wrong fingerprint is a usage error');
    const ok = comity(to, ['federation', 'trust', file, '--fingerprint', cards[from]?.fingerprint as string]);
    assert.equal(ok.code, 0, ok.stderr);
  }

  // The domain queues two messages at XA (what a request command would do).
  const config = loadConfig({
    COMITY_DATA_DIR: join(root, 'xa'),
    COMITY_NODE_ID: 'comity.xa.example',
    COMITY_PUBLIC_URL: 'https://comity.xa.example',
  });
  const node = await openNode({ config, logger: false });
  try {
    const federation = node.federation;
    assert.ok(federation);
    await node.database.transact(async (tx) => {
      for (const note of ['one', 'two']) {
        const q = await federation.enqueue(tx, {
          peer: 'comity.xb.example',
          type: 'test.note',
          payload: { note },
        });
        await appendAudit(tx, { actor: SYSTEM_ACTOR, requestId: null, clock: federation.clock }, [q.audit]);
      }
    });
  } finally {
    await node.close();
  }

  const exported = comity('xa', ['outbox', 'export', '--peer', 'comity.xb.example']);
  assert.equal(exported.code, 0, exported.stderr);
  assert.equal(
    exported.stdout
      .trim()
      .split('\n')
      .filter((l) => l.includes('"envelope"')).length,
    2,
  );
  const envelopes = join(root, 'envelopes.jsonl');
  writeFileSync(envelopes, exported.stdout);
  const imported = comity('xb', ['inbox', 'import', envelopes]);
  assert.equal(imported.code, 0, imported.stderr);
  const results = join(root, 'results.jsonl');
  writeFileSync(results, imported.stdout);
  const again = comity('xb', ['inbox', 'import', envelopes]);
  assert.equal(again.code, 0);
  assert.match(again.stdout, /"duplicate":true/);
  const ingested = comity('xa', ['outbox', 'ingest', results]);
  assert.equal(ingested.code, 0, ingested.stderr);
  assert.match(ingested.stdout, /comity\.xb\.example: 2 accepted/);
  const check = await openDatabase({ url: config.databaseUrl });
  try {
    const rows = await check.db.selectFrom('outbox').select(['message_id', 'status']).execute();
    assert.deepEqual(
      rows.map((r) => r.status),
      ['accepted', 'accepted'],
    );
    const audit = comity('xa', ['audit', 'verify']);
    assert.equal(audit.code, 0, audit.stderr);
  } finally {
    await check.close();
  }
});
