/** `comity stix …` as an operator runs it: exit codes, the summary, the JSON report, lookups, exports. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const BIN = join(import.meta.dirname, '../../bin/comity.js');
const FIXTURE = join(import.meta.dirname, '../../src/interop/stix/fixtures/one-of-each.json');
const dataDir = mkdtempSync(join(tmpdir(), 'comity-stix-cli-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

function comity(args: string[]) {
  const res = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, COMITY_DATA_DIR: dataDir, COMITY_DATABASE_URL: '' },
    encoding: 'utf8',
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

test('every stix command has --help', () => {
  for (const args of [['stix'], ['stix', 'import'], ['stix', 'export'], ['stix', 'lookup']]) {
    const res = comity([...args, '--help']);
    assert.equal(res.code, 0, args.join(' '));
    assert.match(res.stdout, /Usage: comity/);
  }
});

test('import prints a summary; a second run finds everything unchanged; --json has every object', () => {
  const first = comity(['stix', 'import', FIXTURE]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /accepted/);
  const again = comity(['stix', 'import', FIXTURE, '--json']);
  assert.equal(again.code, 0);
  const report = JSON.parse(again.stdout) as { total: number; unchanged: number; objects: unknown[] };
  assert.equal(report.unchanged, report.total);
  assert.equal(report.objects.length, report.total);
});

test('rejections give exit 1 and are listed with their reasons; a missing file is a usage error', () => {
  const bad = join(dataDir, 'bad.json');
  writeFileSync(bad, '[{"type":"indicator","id":"indicator--nope"}]');
  const res = comity(['stix', 'import', bad]);
  assert.equal(res.code, 1);
  assert.match(res.stdout, /indicator--nope/);
  assert.match(res.stdout, /not a valid STIX identifier/);
  const missing = comity(['stix', 'import', join(dataDir, 'missing.json')]);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
});

test('lookup guesses and normalises the value and names the objects carrying it', () => {
  const res = comity(['stix', 'lookup', '198.51.100[.]23', '--json']);
  assert.equal(res.code, 0, res.stderr);
  const out = JSON.parse(res.stdout) as {
    key: { kind: string; value: string };
    matches: Array<{ subjectId: string }>;
  };
  assert.deepEqual(out.key, { kind: 'ipv4', value: '198.51.100.23' });
  assert.ok(out.matches.length >= 2, JSON.stringify(out.matches));
  assert.equal(comity(['stix', 'lookup', 'zz']).code, 2);
});

test('export writes a bundle, withholding what the audience may not receive', () => {
  const out = join(dataDir, 'out.json');
  const res = comity(['stix', 'export', '--type', 'malware', '--type', 'tool', '--out', out]);
  assert.equal(res.code, 0, res.stderr);
  assert.match(res.stderr, /withheld 2/);
  const mine = comity([
    'stix',
    'export',
    '--type',
    'malware',
    '--audience',
    'user',
    '--organisation',
    'local',
  ]);
  const bundle = JSON.parse(mine.stdout) as { type: string; objects: Array<{ type: string }> };
  assert.equal(bundle.type, 'bundle');
  assert.deepEqual(
    bundle.objects.map((o) => o.type),
    ['malware'],
  );
  assert.equal((JSON.parse(readFileSync(out, 'utf8')) as { objects: unknown[] }).objects.length, 0);
});
