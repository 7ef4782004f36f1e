/**
 * `comity directory …` as operators run it, through files alone: an operator publishes a
 * directory of two States' cards; a State adds it with the directory key's fingerprint and
 * trusts the other State without comparing its fingerprint; a tampered copy is refused with
 * one readable line and changes nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const BIN = join(import.meta.dirname, '../../bin/comity.js');
const root = mkdtempSync(join(tmpdir(), 'comity-directory-cli-'));
after(() => rmSync(root, { recursive: true, force: true }));

function comity(node: string, args: string[]) {
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
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

test('publish a directory, add it by its key alone, and refuse a tampered copy', () => {
  for (const node of ['un', 'xa', 'xb']) {
    const setup = comity(node, [
      'setup',
      '--state',
      node === 'un' ? 'CH' : node,
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
  const args: string[] = [];
  for (const node of ['xa', 'xb']) {
    const card = comity(node, ['federation', 'card']);
    const file = join(root, `${node}.card`);
    writeFileSync(file, card.stdout);
    args.push('--card', file, '--fingerprint', JSON.parse(card.stdout).fingerprint);
  }
  const missing = comity('un', ['directory', 'publish', 'un-register', '--card', join(root, 'xa.card')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /does not exist yet: give --name/);
  const published = comity('un', ['directory', 'publish', 'un-register', '--name', 'Register', ...args]);
  assert.equal(published.code, 0, published.stderr);
  const fingerprint = /fingerprint, to give every State: ([0-9A-F ]+)/.exec(published.stdout)?.[1]?.trim();
  assert.ok(fingerprint, published.stdout);
  assert.match(published.stdout, /2 entries appended, 2 in all/);

  const copy = join(root, 'copy.json');
  writeFileSync(copy, comity('un', ['directory', 'show', 'un-register', '--copy']).stdout);
  const tampered = join(root, 'tampered.json');
  const doc = JSON.parse(readFileSync(copy, 'utf8'));
  writeFileSync(tampered, JSON.stringify({ ...doc, entries: [...doc.entries].reverse() }));
  const refused = comity('xa', ['directory', 'add', tampered, '--fingerprint', fingerprint]);
  assert.equal(refused.code, 1);
  assert.equal(refused.stderr.trim().split('\n').length, 1, refused.stderr);
  assert.match(refused.stderr, /refused \(root_mismatch\)/);
  assert.match(comity('xa', ['directory', 'show']).stdout, /no directory trusted or operated here/);

  const added = comity('xa', ['directory', 'add', copy, '--fingerprint', fingerprint.toLowerCase()]);
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /trusted un-register \(Register\): 2 entries; 1 peers added/);
  const shown = comity('xa', ['directory', 'show', 'un-register']);
  assert.match(shown.stdout, /comity\.xb\.example.*via_directory/);
  assert.match(shown.stdout, /comity\.xa\.example.*self/);
  const verified = comity('xa', ['directory', 'verify', 'un-register', '--file', copy]);
  assert.equal(verified.code, 0, verified.stderr);
  assert.match(verified.stdout, /un-register verifies: 2 entries \(0 new, from file\)/);
});
