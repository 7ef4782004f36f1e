/**
 * `comity misp …` as an operator runs it: importing an event file (exit 1 when an attribute
 * was refused, with the reason), exporting a feed for an audience and pulling it into another
 * node, exporting one event; and one readable line for bad usage.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';

const BIN = join(import.meta.dirname, '../../bin/comity.js');
const FIXTURE = join(import.meta.dirname, '../../src/interop/misp/fixtures/ransomware-event.json');
const EVENT = JSON.parse(readFileSync(FIXTURE, 'utf8')).Event as { uuid: string };
const run = promisify(execFile);
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const fresh = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

async function comity(dataDir: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, COMITY_DATA_DIR: dataDir, COMITY_DATABASE_URL: '' },
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('import an event file, export a feed, pull it into another node, export one event', async () => {
  const xa = fresh('comity-misp-cli-a-');
  const imported = await comity(xa, ['misp', 'import', FIXTURE, '--json']);
  assert.equal(imported.code, 1, 'one attribute of the fixture is refused: the exit code says so');
  const report = JSON.parse(imported.stdout);
  assert.deepEqual(report.attributes, { total: 14, converted: 10, keptAsNote: 3, refused: 1 });
  const feed = fresh('comity-misp-cli-feed-');
  const exported = await comity(xa, [
    'misp',
    'export',
    '--feed',
    feed,
    '--audience',
    'node',
    '--state',
    'XB',
  ]);
  assert.equal(exported.code, 0, exported.stderr);
  assert.match(exported.stdout, /1 event\(s\), 13 attribute\(s\)/);
  assert.deepEqual(readdirSync(feed).sort(), [`${EVENT.uuid}.json`, 'hashes.csv', 'manifest.json']);
  const publicFeed = fresh('comity-misp-cli-public-');
  const none = await comity(xa, ['misp', 'export', '--feed', publicFeed]);
  assert.match(none.stdout, /0 event\(s\)/, 'a TLP:GREEN event is not for the public');

  const xb = fresh('comity-misp-cli-b-');
  const pulled = await comity(xb, ['misp', 'import', feed]);
  assert.equal(pulled.code, 0, pulled.stderr);
  assert.match(pulled.stdout, /1 event\(s\) listed, 0 already up to date/);
  const again = await comity(xb, ['misp', 'import', feed, '--json']);
  assert.deepEqual(JSON.parse(again.stdout).imported, [], 'a second pull has nothing new');
  const one = await comity(xb, ['misp', 'export', '--event', EVENT.uuid, '--audience', 'node']);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(JSON.parse(one.stdout).Event.uuid, EVENT.uuid);
});

test('bad usage gets one readable line', async () => {
  const dir = fresh('comity-misp-cli-bad-');
  for (const [args, line] of [
    [['misp', 'import', join(dir, 'nothing.json')], /no such file or folder/],
    [['misp', 'export'], /give one of --event <id> or --feed <folder>/],
    [['misp', 'export', '--event', 'x', '--feed', dir], /give one of --event <id> or --feed <folder>/],
    [['misp', 'import', FIXTURE, '--header', 'no colon'], /is not "Name: value"/],
    [
      ['misp', 'export', '--event', 'nope', '--audience', 'node'],
      /no event nope that this audience may receive/,
    ],
  ] as const) {
    const result = await comity(dir, [...args]);
    assert.notEqual(result.code, 0, args.join(' '));
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, line);
  }
});
