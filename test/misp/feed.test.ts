/**
 * MISP feeds, both ways, on real files and real HTTP: a feed written by one node for an
 * audience (what it may not receive left out) is pulled by another from a folder or a URL and
 * comes back attribute for attribute; pulls are incremental by event timestamp; an event that
 * cannot be fetched is reported and retried next time without stopping the others; a remote
 * that stalls, sends too much or answers an error is cut off with the reason; a manifest that is
 * not one is refused before anything is written. On SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { audienceSieve } from '../../src/app/misp/events.js';
import { importEventFrom } from '../../src/app/misp/import-event.js';
import { pullFeed } from '../../src/app/misp/pull-feed.js';
import { md5, writeFeed } from '../../src/app/misp/write-feed.js';
import type { SharingDeps } from '../../src/app/sharing/deps.js';
import { isDomainError } from '../../src/core/errors.js';
import type { Audience, ShareContext } from '../../src/core/sharing/markings/audience.js';
import { listMispImports } from '../../src/storage/misp/imports.js';
import { countCurrentByType } from '../../src/storage/sharing/read-objects.js';
import type { Database } from '../../src/storage/database.js';
import { createTestDatabase, NO_POSTGRES, POSTGRES_URL } from '../support/databases.js';

const FIXTURE = readFileSync(
  join(import.meta.dirname, '../../src/interop/misp/fixtures/ransomware-event.json'),
);
const ctx = {
  actor: { type: 'system' as const, id: 'test' },
  requestId: null,
  clock: { now: () => new Date('2026-12-01T10:00:00Z') },
};
const AUDIENCE: Audience = { kind: 'node', state: 'XB', organisation: 'cert-xb', nodeId: 'xb' };
const LOCAL: ShareContext = {
  originOrganisation: 'cert-xa',
  originState: 'XA',
  recipientOrganisations: [],
  recipientStates: ['XB'],
  namedRecipients: [],
};

const depsOf = (database: Database): SharingDeps => ({
  database,
  clock: ctx.clock,
  nodeId: 'xa',
  ourState: async () => 'XA',
});

function event(info: string, timestamp: number, values: string[], tag = 'tlp:green') {
  const uuid = randomUUID();
  return {
    uuid,
    timestamp,
    bytes: JSON.stringify({
      Event: {
        uuid,
        info,
        date: '2026-11-30',
        timestamp: String(timestamp),
        Attribute: values.map((value) => ({
          uuid: randomUUID(),
          type: 'ip-dst',
          category: 'Network activity',
          value,
          to_ids: true,
        })),
        Tag: [{ name: tag }],
      },
    }),
  };
}

/** Writes a feed folder by hand, as MISP's generator lays it out. */
function folderOf(events: ReturnType<typeof event>[], missing: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'comity-misp-feed-'));
  const manifest: Record<string, unknown> = {};
  for (const e of events) {
    manifest[e.uuid] = { info: JSON.parse(e.bytes).Event.info, timestamp: String(e.timestamp) };
    if (!missing.includes(e.uuid)) writeFileSync(join(dir, `${e.uuid}.json`), e.bytes);
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  const skip = dialect === 'postgres' && !POSTGRES_URL ? NO_POSTGRES : false;
  let db: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let server: Server | undefined;
  const served = new Map<string, (res: import('node:http').ServerResponse) => void>();
  let base = '';
  const dirs: string[] = [];
  before(async () => {
    if (skip) return;
    db = await createTestDatabase(dialect);
    server = createServer((req, res) => {
      const handler = served.get(req.url ?? '');
      if (handler) handler(res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server?.closeAllConnections();
    server?.close();
    await db?.dispose();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  test(`[${dialect}] a folder feed is pulled once, then only what changed; a missing event is reported and retried`, {
    skip,
  }, async () => {
    const deps = depsOf(db!.database);
    const a = event('first', 1_790_000_000, ['192.0.2.1', '192.0.2.2']);
    const b = event('second', 1_790_000_100, ['192.0.2.3']);
    const c = event('third, file missing', 1_790_000_200, ['192.0.2.4']);
    const dir = folderOf([a, b, c], [c.uuid]);
    dirs.push(dir);
    const first = await pullFeed(deps, ctx, dir);
    assert.deepEqual(
      first.imported.map((i) => i.uuid),
      [a.uuid, b.uuid],
    );
    assert.deepEqual(first.failed, [
      { uuid: c.uuid, reason: `the manifest lists ${c.uuid}, but ${c.uuid}.json is not in the folder` },
    ]);
    assert.equal(first.attributes, 3);
    const second = await pullFeed(deps, ctx, dir);
    assert.deepEqual(
      [second.upToDate, second.imported.length, second.failed.length],
      [2, 0, 1],
      'only the missing one is tried again',
    );
    // The feed changes the first event: a later timestamp, one more attribute.
    const changed = { ...a, timestamp: a.timestamp + 60 };
    const body = JSON.parse(a.bytes);
    body.Event.timestamp = String(changed.timestamp);
    body.Event.Attribute.push({
      uuid: randomUUID(),
      type: 'domain',
      category: 'Network activity',
      value: 'c2.example.net',
      to_ids: true,
    });
    changed.bytes = JSON.stringify(body);
    const dir2 = folderOf([changed, b]);
    dirs.push(dir2);
    // Same feed name, so the same place: write into the first folder.
    writeFileSync(join(dir, `${a.uuid}.json`), changed.bytes);
    writeFileSync(join(dir, 'manifest.json'), readFileSync(join(dir2, 'manifest.json')));
    const third = await pullFeed(deps, ctx, dir);
    assert.deepEqual(
      third.imported.map((i) => [i.uuid, i.attributes]),
      [[a.uuid, 3]],
    );
    const recorded = await listMispImports(db!.database.db, 10);
    assert.ok(recorded.every((r) => r.via === 'feed' && r.source === dir));
  });

  test(`[${dialect}] a URL feed: stalls, oversize answers and errors are cut off with the reason; the rest imports`, {
    skip,
  }, async () => {
    const deps = depsOf(db!.database);
    const good = event('served', 1_790_000_300, ['198.51.100.1']);
    const stalls = event('stalls', 1_790_000_301, ['198.51.100.2']);
    const huge = event('too large', 1_790_000_302, ['198.51.100.3']);
    const broken = event('server error', 1_790_000_303, ['198.51.100.4']);
    const manifest = Object.fromEntries(
      [good, stalls, huge, broken].map((e) => [e.uuid, { timestamp: e.timestamp }]),
    );
    served.set('/feed/manifest.json', (res) => res.writeHead(200).end(JSON.stringify(manifest)));
    served.set(`/feed/${good.uuid}.json`, (res) => res.writeHead(200).end(good.bytes));
    served.set(`/feed/${stalls.uuid}.json`, (res) => {
      res.writeHead(200);
      res.write('{"Event":');
    });
    served.set(`/feed/${huge.uuid}.json`, (res) =>
      res.writeHead(200).end(`${huge.bytes}${' '.repeat(70_000)}`),
    );
    served.set(`/feed/${broken.uuid}.json`, (res) => res.writeHead(500).end('boom'));
    const pull = await pullFeed(deps, ctx, `${base}/feed/`, {
      limits: { stallMs: 300, maxEventBytes: 65_536 },
    });
    assert.deepEqual(
      pull.imported.map((i) => i.uuid),
      [good.uuid],
    );
    const reasons = Object.fromEntries(pull.failed.map((f) => [f.uuid, f.reason]));
    assert.equal(reasons[stalls.uuid], `${stalls.uuid}.json: sent nothing for 0.3 s`);
    assert.equal(reasons[huge.uuid], `${huge.uuid}.json: sent more than the 65536 bytes allowed`);
    assert.equal(reasons[broken.uuid], `${broken.uuid}.json: HTTP 500 Internal Server Error`);
    assert.equal(pull.feed, `${base}/feed`);
  });

  test(`[${dialect}] a manifest that is not one is refused before anything is written`, {
    skip,
  }, async () => {
    const deps = depsOf(db!.database);
    const before = await countCurrentByType(db!.database);
    for (const [body, message] of [
      ['not json', /manifest.json is not JSON/],
      ['[1,2]', /must be an object of events keyed by their uuid/],
    ] as const) {
      served.set('/bad/manifest.json', (res) => res.writeHead(200).end(body));
      await assert.rejects(
        pullFeed(deps, ctx, `${base}/bad`),
        (e) => isDomainError(e) && e.code === 'misp_bad_feed' && message.test(e.message),
      );
    }
    await assert.rejects(
      pullFeed(deps, ctx, `${base}/nowhere`),
      (e) => isDomainError(e) && e.code === 'misp_feed_unreachable',
    );
    assert.deepEqual(await countCurrentByType(db!.database), before);
  });

  test(`[${dialect}] a feed written for an audience leaves out what it may not receive, and comes back whole in another node`, {
    skip,
  }, async () => {
    const deps = depsOf(db!.database);
    const fixture = JSON.parse(FIXTURE.toString());
    const red = {
      uuid: randomUUID(),
      type: 'ip-dst',
      category: 'Network activity',
      value: '203.0.113.250',
      to_ids: true,
      Tag: [{ name: 'tlp:red' }],
    };
    fixture.Event.Attribute.push(red);
    await importEventFrom(deps, ctx, { via: 'cli', name: 'fixture' }, () => [
      Buffer.from(JSON.stringify(fixture)),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'comity-misp-out-'));
    dirs.push(dir);
    writeFileSync(
      join(dir, '00000000-0000-4000-8000-000000000000.json'),
      '{"left from an earlier export": true}',
    );
    const sieve = await audienceSieve(db!.database, AUDIENCE, LOCAL);
    const summary = await writeFeed(deps, ctx, sieve, AUDIENCE, dir);
    assert.equal(summary.removed, 1, 'an event file of an earlier export not in this one is removed');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const uuid = fixture.Event.uuid as string;
    assert.ok(manifest[uuid], 'the TLP:GREEN event is in the feed for a node of the federation');
    const written = JSON.parse(readFileSync(join(dir, `${uuid}.json`), 'utf8')).Event;
    const values = [
      ...written.Attribute,
      ...written.Object.flatMap((o: { Attribute: unknown[] }) => o.Attribute),
    ].map((a: { value: string }) => a.value);
    assert.ok(!values.includes(red.value), 'the TLP:RED attribute is left out');
    const hashes = readFileSync(join(dir, 'hashes.csv'), 'utf8');
    assert.ok(!hashes.includes(md5(red.value)));
    assert.ok(hashes.includes(`${md5('203.0.113.45')},${uuid}`));
    assert.deepEqual(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
      [...Object.keys(manifest).map((u) => `${u}.json`), 'manifest.json'].sort(),
    );

    // Another node pulls it over HTTP and holds every attribute the feed carried.
    const other = await createTestDatabase(dialect);
    try {
      for (const file of readdirSync(dir))
        served.set(`/out/${file}`, (res) => res.writeHead(200).end(readFileSync(join(dir, file))));
      const pull = await pullFeed(depsOf(other.database), ctx, `${base}/out`);
      assert.deepEqual(pull.failed, []);
      assert.equal(pull.hashes, hashes.trim().split('\n').length);
      const byUuid = (list: Array<Record<string, unknown>>) =>
        list
          .map((a) => [
            a.uuid,
            a.type,
            a.category,
            a.value,
            a.to_ids,
            (a.Tag as Array<{ name: string }>).map((t) => t.name),
          ])
          .sort();
      const sieveB = await audienceSieve(other.database, AUDIENCE, LOCAL);
      const again = mkdtempSync(join(tmpdir(), 'comity-misp-again-'));
      dirs.push(again);
      await writeFeed(depsOf(other.database), ctx, sieveB, AUDIENCE, again);
      const back = JSON.parse(readFileSync(join(again, `${uuid}.json`), 'utf8')).Event;
      const all = (e: {
        Attribute: Array<Record<string, unknown>>;
        Object: Array<{ Attribute: Array<Record<string, unknown>> }>;
      }) => [...e.Attribute, ...e.Object.flatMap((o) => o.Attribute)];
      assert.deepEqual(byUuid(all(back)), byUuid(all(written)));
      assert.deepEqual(
        back.Tag.map((t: { name: string }) => t.name),
        written.Tag.map((t: { name: string }) => t.name),
      );
    } finally {
      await other.dispose();
    }
  });
}
