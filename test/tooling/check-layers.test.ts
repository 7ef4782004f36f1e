import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkFile, checkTree } from '../../scripts/check-layers.js';

const root = '/project/src';

test('the source tree has no import crossing a layer boundary', () => {
  assert.deepEqual(checkTree(join(import.meta.dirname, '../../src')), []);
});

test('core importing storage is a violation', () => {
  const v = checkFile(root, `${root}/core/a.ts`, "import { x } from '../storage/db.js';\n");
  assert.equal(v.length, 1);
  assert.match(v[0]!.reason, /core must not import storage/);
});

test('core importing an I/O module is a violation', () => {
  const v = checkFile(root, `${root}/core/a.ts`, "import { readFile } from 'node:fs/promises';\n");
  assert.equal(v.length, 1);
  assert.match(v[0]!.reason, /core must stay pure/);
});

test('storage may import core, and server may import everything below it', () => {
  assert.deepEqual(
    checkFile(root, `${root}/storage/a.ts`, "import type { Clock } from '../core/clock.js';"),
    [],
  );
  assert.deepEqual(
    checkFile(
      root,
      `${root}/server/a.ts`,
      "import { a } from '../federation/x.js';\nimport('../interop/y.js');",
    ),
    [],
  );
});

test('federation importing server, and a dynamic import doing the same, are violations', () => {
  const v = checkFile(
    root,
    `${root}/federation/a.ts`,
    "export { a } from '../server/app.js';\nawait import('../cli/main.js');",
  );
  assert.deepEqual(
    v.map((x) => x.reason),
    ['federation must not import server', 'federation must not import cli'],
  );
});

test('tests beside the code may use the shared test helpers; production code may not', () => {
  assert.deepEqual(
    checkFile(root, `${root}/server/a.test.ts`, "import { x } from '../../test/support/app.js';"),
    [],
  );
  const v = checkFile(root, `${root}/server/a.ts`, "import { x } from '../../test/support/app.js';");
  assert.equal(v.length, 1);
  assert.match(v[0]!.reason, /outside src/);
});

test("node:crypto key generation is refused anywhere, named or through a namespace; the project's own generateKeyPair is not", () => {
  const named = checkFile(
    root,
    `${root}/federation/a.ts`,
    "import { createPublicKey, generateKeyPairSync } from 'node:crypto';\n",
  );
  assert.equal(named.length, 1);
  assert.match(named[0]!.reason, /deadlock/);
  const called = checkFile(
    root,
    `${root}/server/b.ts`,
    "import * as c from 'node:crypto';\nc.generateKeyPair('x25519', cb);\n",
  );
  assert.equal(called.length, 1);
  assert.equal(called[0]!.line, 2);
  assert.deepEqual(
    checkFile(
      root,
      `${root}/server/c.ts`,
      "import { generateKeyPair } from '../federation/crypto/key-pair.js';\n",
    ),
    [],
  );
});
