/**
 * `comity taxii …` as an operator runs it, against a TAXII server on loopback: subscribing with
 * the secret taken from an environment variable, listing, polling until caught up (two pages),
 * pushing objects (only what their markings let go), and one readable line for bad usage.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';

const BIN = join(import.meta.dirname, '../../bin/comity.js');
const TAXII = 'application/taxii+json;version=2.1';
const GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
const AMBER = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
const dataDir = mkdtempSync(join(tmpdir(), 'comity-taxii-cli-'));
const run = promisify(execFile);

const feed = Array.from({ length: 3 }, (_, i) => ({
  type: 'indicator',
  spec_version: '2.1',
  id: `indicator--${randomUUID()}`,
  created: '2026-05-04T07:00:00.000Z',
  modified: '2026-05-04T07:00:00.000Z',
  pattern: `[ipv4-addr:value = '203.0.113.${i + 1}']`,
  pattern_type: 'stix',
  valid_from: '2026-05-04T07:00:00.000Z',
  object_marking_refs: [GREEN],
}));
const received: unknown[] = [];
const seenAuth: string[] = [];
const server = createServer((req, res) => {
  seenAuth.push(req.headers.authorization ?? '');
  const url = new URL(req.url ?? '/', 'http://x');
  if (req.method === 'POST') {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const objects = (JSON.parse(body) as { objects: unknown[] }).objects;
      received.push(...objects);
      res.writeHead(202, { 'content-type': TAXII });
      res.end(JSON.stringify({ id: randomUUID(), status: 'complete', total_count: objects.length }));
    });
    return;
  }
  // Two pages: the first two objects, then the last, with `next` between them.
  const second = url.searchParams.get('next') === 'page-2';
  res.writeHead(200, { 'content-type': TAXII, 'x-taxii-date-added-last': '2026-05-04T08:00:00.000000Z' });
  res.end(
    JSON.stringify(
      second
        ? { more: false, objects: feed.slice(2) }
        : { more: true, next: 'page-2', objects: feed.slice(0, 2) },
    ),
  );
});
let collection = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  collection = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taxii2/api/collections/${randomUUID()}/`;
});
after(() => {
  server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function comity(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, COMITY_DATA_DIR: dataDir, COMITY_DATABASE_URL: '', ...env },
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('subscribe (secret from the environment), list, poll to the end, push what may go', async () => {
  const made = await comity(
    [
      'taxii',
      'subscribe',
      '--title',
      'Partner CERT feed',
      '--url',
      collection,
      '--user',
      'xb-feed',
      '--secret-env',
      'FEED_PASSWORD',
      '--interval',
      '30',
    ],
    { FEED_PASSWORD: 'not on the command line' },
  );
  assert.equal(made.code, 0, made.stderr);
  const id = /subscribed ([0-9a-f-]{36})/.exec(made.stdout)?.[1];
  assert.ok(id, made.stdout);
  const listed = await comity(['taxii', 'list', '--json']);
  const subs = JSON.parse(listed.stdout) as Array<{ id: string; intervalMinutes: number; auth: string }>;
  assert.deepEqual(
    subs.map((s) => [s.id, s.intervalMinutes, s.auth]),
    [[id, 30, 'basic']],
  );
  assert.ok(!listed.stdout.includes('not on the command line'), 'the secret is never printed');

  const polled = await comity(['taxii', 'poll', id!]);
  assert.equal(polled.code, 0, polled.stderr);
  assert.match(polled.stdout, /^2 page\(s\): 3 object\(s\) stored or already held, 0 refused/);
  assert.ok(seenAuth.includes(`Basic ${Buffer.from('xb-feed:not on the command line').toString('base64')}`));
  const table = await comity(['taxii', 'list']);
  assert.match(table.stdout, /Partner CERT feed/);

  // Objects of this node under two markings: only the one anyone may receive goes.
  const local = [
    { ...feed[0]!, id: `indicator--${randomUUID()}`, object_marking_refs: [GREEN] },
    { ...feed[0]!, id: `indicator--${randomUUID()}`, object_marking_refs: [AMBER] },
    { ...feed[0]!, id: `indicator--${randomUUID()}`, object_marking_refs: [] },
  ];
  const file = join(dataDir, 'local.json');
  writeFileSync(file, JSON.stringify({ type: 'bundle', id: `bundle--${randomUUID()}`, objects: local }));
  assert.equal((await comity(['stix', 'import', file])).code, 0);
  const pushed = await comity(['taxii', 'push', id!, ...local.flatMap((o) => ['--object', o.id])]);
  assert.equal(pushed.code, 0, pushed.stderr);
  assert.match(pushed.stdout, /^1 sent, 2 withheld by their markings/);
  assert.match(pushed.stdout, /TLP:AMBER excludes/);
  assert.deepEqual(
    received.map((o) => (o as { id: string }).id),
    [local[0]!.id],
    'only the TLP:GREEN object left the node',
  );
});

test('bad usage is one readable line with exit 2, and nothing is made', async () => {
  for (const args of [
    ['taxii', 'subscribe', '--title', 'x', '--url', collection, '--interval', '0'],
    ['taxii', 'subscribe', '--title', 'x', '--url', collection, '--tlp', 'purple'],
    ['taxii', 'subscribe', '--title', 'x', '--url', collection, '--secret-env', 'NOT_SET_ANYWHERE'],
  ]) {
    const res = await comity(args);
    assert.equal(res.code, 2, args.join(' '));
    assert.equal(res.stderr.trim().split('\n').length, 1, res.stderr);
  }
  const ftp = await comity(['taxii', 'subscribe', '--title', 'x', '--url', 'ftp://example.org/c/']);
  assert.notEqual(ftp.code, 0);
  assert.equal(ftp.stderr.trim().split('\n').length, 1, ftp.stderr);
  assert.equal((JSON.parse((await comity(['taxii', 'list', '--json'])).stdout) as unknown[]).length, 1);
});
