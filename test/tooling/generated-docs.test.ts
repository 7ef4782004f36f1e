/**
 * The protocol's message catalogue (docs/FEDERATION.md §16), its vectors, docs/ERRORS.md and the
 * console's API types are generated from the code: each committed file must be what the generator
 * makes now.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { test } from 'node:test';
import { generatedFiles } from '../../scripts/make-docs.js';

for (const { path, content } of await generatedFiles()) {
  test(`${relative(process.cwd(), path)} is what scripts/make-docs.ts generates`, () => {
    assert.ok(
      readFileSync(path, 'utf8') === content,
      `stale: run node --import tsx scripts/make-docs.ts and commit ${path}`,
    );
  });
}
