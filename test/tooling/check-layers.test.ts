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

test('storage may import core, and app may import everything below it', () => {
  assert.deepEqual(
    checkFile(root, `${root}/storage/a.ts`, "import type { Clock } from '../core/clock.js';"),
    [],
  );
  assert.deepEqual(
    checkFile(
      root,
      `${root}/app/a.ts`,
      "import { a } from '../federation/x.js';\nimport('../interop/y.js');",
    ),
    [],
  );
});

test('federation importing app, and a dynamic import of cli, are violations', () => {
  const v = checkFile(
    root,
    `${root}/federation/a.ts`,
    "export { a } from '../app/requests/x.js';\nawait import('../cli/main.js');",
  );
  assert.deepEqual(
    v.map((x) => x.reason),
    ['federation must not import app', 'federation must not import cli'],
  );
});

test('the application does not know its faces: app importing http is a violation, http importing app is not', () => {
  const v = checkFile(root, `${root}/app/a.ts`, "import { buildHttpServer } from '../http/server.js';");
  assert.deepEqual(
    v.map((x) => x.reason),
    ['app must not import http'],
  );
  assert.deepEqual(
    checkFile(root, `${root}/http/a.ts`, "import { createCase } from '../app/cases/x.js';"),
    [],
  );
});

test('only the composition root and the CLI assemble a node: http importing node is a violation', () => {
  const v = checkFile(root, `${root}/http/a.ts`, "import { openNode } from '../node/open-node.js';");
  assert.deepEqual(
    v.map((x) => x.reason),
    ['http must not import node'],
  );
  assert.deepEqual(
    checkFile(root, `${root}/cli/a.ts`, "import { openNode } from '../node/open-node.js';"),
    [],
  );
});

test('the web console talks to the HTTP API only: web importing app is a violation', () => {
  const v = checkFile(root, `${root}/web/a.tsx`, "import { createCase } from '../app/cases/x.js';");
  assert.deepEqual(
    v.map((x) => x.reason),
    ['web must not import app'],
  );
});

test('tests beside the code may use the shared test helpers; production code may not', () => {
  assert.deepEqual(
    checkFile(root, `${root}/app/a.test.ts`, "import { x } from '../../test/support/app.js';"),
    [],
  );
  const v = checkFile(root, `${root}/app/a.ts`, "import { x } from '../../test/support/app.js';");
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
    `${root}/app/b.ts`,
    "import * as c from 'node:crypto';\nc.generateKeyPair('x25519', cb);\n",
  );
  assert.equal(called.length, 1);
  assert.equal(called[0]!.line, 2);
  assert.deepEqual(
    checkFile(
      root,
      `${root}/app/c.ts`,
      "import { generateKeyPair } from '../federation/crypto/key-pair.js';\n",
    ),
    [],
  );
});
