/**
 * The error catalogue lists the codes the node really uses: each one appears in the source
 * outside the catalogue, so none is documented but dead.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ERROR_CODES } from '../../src/core/error-codes.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !path.endsWith('error-codes.ts')
      ? [path]
      : [];
  });
}

test('every catalogued code is raised somewhere in the source', () => {
  const text = sources(join(import.meta.dirname, '..', '..', 'src'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const used = (code: string) => {
    if (text.includes(`'${code}'`)) return true;
    // Codes built from a subject or a reason: `${subject}_not_found`, `peer_card_${reason}`.
    const subject = code.match(/^(.*)_not_found$/)?.[1];
    if (subject && new RegExp(`NotFoundError\\(\\s*'${subject}'`).test(text)) return true;
    const reason = code.match(/^peer_card_(.*)$/)?.[1];
    return reason !== undefined && text.includes('peer_card_${') && text.includes(`'${reason}'`);
  };
  assert.deepEqual(
    Object.keys(ERROR_CODES).filter((c) => !used(c)),
    [],
  );
});
