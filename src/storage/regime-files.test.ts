import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { INSTRUMENT_IDS, validateRegimePack } from '../core/legal/index.js';
import { checkRegimeDir, DEFAULT_REGIMES_DIR, loadRegimeRegistry, RegimeLoadError } from './regime-files.js';

const REGIMES = ['budapest-2001', 'eu-eio-2014-41', 'eu-epor-2023-1543', 'uncc-2024'];

describe('regime files on disk', () => {
  it('load without a single problem', () => {
    assert.deepEqual(checkRegimeDir(), []);
    const registry = loadRegimeRegistry();
    assert.deepEqual(registry.regimeIds(), REGIMES);
    assert.deepEqual(registry.stateCodes(), ['XA', 'XB', 'XC', 'XD']);
  });

  it('describe every instrument in every regime, available or not', () => {
    const registry = loadRegimeRegistry();
    for (const regime of REGIMES) {
      for (const id of INSTRUMENT_IDS) {
        const inst = registry.instrument(regime, id);
        assert.ok(inst, `${regime} lacks ${id}`);
      }
    }
  });

  it('give every value a source and a confidence', () => {
    for (const regime of REGIMES) {
      const obj = parse(readFileSync(join(DEFAULT_REGIMES_DIR, `${regime}.yaml`), 'utf8')) as unknown;
      const missing: string[] = [];
      walk(obj, '', (node, path) => {
        const needs =
          'value' in node ||
          /\/(grounds|fields|deadlines|extensions|reminders|discriminationScreening)\/\d+$/.test(path) ||
          /\/(dualCriminality|acknowledgement)$/.test(path);
        if (needs && (typeof node['source'] !== 'string' || typeof node['confidence'] !== 'string'))
          missing.push(path);
      });
      assert.deepEqual(missing, [], `${regime}: values without provenance`);
    }
  });
});

describe('a broken pack', () => {
  it('fails validation when one value lacks its source, naming the path', () => {
    const obj = parse(readFileSync(join(DEFAULT_REGIMES_DIR, 'uncc-2024.yaml'), 'utf8')) as {
      instruments: { preservation: { deadlines: { source?: string }[] } };
    };
    delete obj.instruments.preservation.deadlines[0]!.source;
    const result = validateRegimePack(obj, 'uncc-2024.yaml');
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems, [
      {
        file: 'uncc-2024.yaml',
        path: '/instruments/preservation/deadlines/0',
        reason: "missing required property 'source'",
      },
    ]);
  });

  it('makes loading throw one error listing file, path and reason of every problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'comity-regimes-'));
    try {
      cpSync(DEFAULT_REGIMES_DIR, dir, { recursive: true });
      const file = join(dir, 'budapest-2001.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace('confidence: checked', 'confidence: sure')
          .replace('kind: preservation', 'kind: keep'),
      );
      writeFileSync(
        join(dir, 'states', 'xa.yaml'),
        readFileSync(join(dir, 'states', 'xa.yaml'), 'utf8').replace('calendar: xa', 'calendar: nowhere'),
      );
      assert.throws(
        () => loadRegimeRegistry(dir),
        (e: unknown) => {
          assert.ok(e instanceof RegimeLoadError);
          assert.deepEqual(
            e.problems.map((p) => `${p.file} ${p.path}`),
            [
              'budapest-2001.yaml /confidence',
              'budapest-2001.yaml /instruments/preservation/kind',
              'states/xa.yaml /calendar',
            ],
          );
          assert.match(
            e.message,
            /budapest-2001.yaml: \/confidence: must be one of checked, secondary, unconfirmed/,
          );
          return true;
        },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function walk(node: unknown, path: string, visit: (n: Record<string, unknown>, p: string) => void): void {
  if (Array.isArray(node)) {
    for (const [i, x] of node.entries()) walk(x, `${path}/${i}`, visit);
  } else if (typeof node === 'object' && node !== null) {
    visit(node as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`, visit);
  }
}
