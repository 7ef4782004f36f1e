/**
 * Fails when an import crosses a layer boundary the wrong way (docs/ARCHITECTURE.md):
 * core ← storage ← federation ← interop ← app ← http ← node ← cli; web talks only to the
 * HTTP API. `node` is the composition root: the one place that assembles a whole node.
 * Also keeps core pure: no I/O modules and no database or HTTP packages. And it refuses
 * node:crypto's key generation anywhere: exporting a key it made can deadlock the process in
 * Node 20 (see `randomPrivateKey` in src/federation/crypto/key-pair.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAYERS = [
  'core',
  'storage',
  'federation',
  'interop',
  'app',
  'http',
  'node',
  'cli',
  'web',
] as const;
export type Layer = (typeof LAYERS)[number];

/** Which layers each layer may import from (itself always allowed). */
export const ALLOWED: Record<Layer, readonly Layer[]> = {
  core: [],
  storage: ['core'],
  federation: ['core', 'storage'],
  interop: ['core', 'storage', 'federation'],
  app: ['core', 'storage', 'federation', 'interop'],
  http: ['core', 'storage', 'federation', 'interop', 'app'],
  node: ['core', 'storage', 'federation', 'interop', 'app', 'http'],
  cli: ['core', 'storage', 'federation', 'interop', 'app', 'http', 'node'],
  web: [],
};

/**
 * Packages and built-ins core may use: pure computation only. `node:url` is here for
 * `domainToASCII` (IDN to punycode for observable keys), a pure string mapping.
 */
const CORE_PACKAGES = new Set(['node:crypto', 'node:url', 'typebox', 'yaml']);
/** Tests beside core code may also use the test runner and property-based testing. */
const CORE_TEST_PACKAGES = new Set(['node:test', 'node:assert', 'node:assert/strict', 'fast-check']);

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  reason: string;
}

/** node:crypto key generation, named or called through a namespace. */
const KEYGEN_RE = /\bgenerateKeyPair(?:Sync)?\b/;
const CRYPTO_IMPORT_RE = /import\s*\{([^}]*)\}\s*from\s*['"](?:node:)?crypto['"]/g;
const CRYPTO_CALL_RE = /\b\w+\.generateKeyPair(?:Sync)?\s*\(/g;
const KEYGEN_REASON =
  'node:crypto key generation can deadlock when its key is exported; use randomPrivateKey (federation/crypto/key-pair.ts)';

const IMPORT_RE =
  /(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

export function layerOf(srcRoot: string, file: string): Layer | undefined {
  const first = relative(srcRoot, file).split(sep)[0];
  return (LAYERS as readonly string[]).includes(first ?? '') ? (first as Layer) : undefined;
}

export function checkFile(srcRoot: string, file: string, text: string): Violation[] {
  const from = layerOf(srcRoot, file);
  if (!from) return [];
  const violations: Violation[] = keyGeneration(file, text);
  for (const match of text.matchAll(IMPORT_RE)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (!specifier) continue;
    const line = text.slice(0, match.index).split('\n').length;
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier);
      const to = layerOf(srcRoot, target);
      const isTestHelper =
        file.endsWith('.test.ts') && target.startsWith(resolve(srcRoot, '..', 'test') + sep);
      if (!to && isTestHelper) continue;
      if (!to) {
        violations.push({ file, line, specifier, reason: `${from} imports from outside src/` });
      } else if (to !== from && !ALLOWED[from].includes(to)) {
        violations.push({ file, line, specifier, reason: `${from} must not import ${to}` });
      }
    } else if (
      from === 'core' &&
      !CORE_PACKAGES.has(specifier) &&
      !specifier.startsWith('typebox/') &&
      !(file.endsWith('.test.ts') && CORE_TEST_PACKAGES.has(specifier))
    ) {
      violations.push({
        file,
        line,
        specifier,
        reason: `core must stay pure; '${specifier}' is not allowed`,
      });
    }
  }
  return violations;
}

function keyGeneration(file: string, text: string): Violation[] {
  const found: Violation[] = [];
  const at = (index: number | undefined) => text.slice(0, index).split('\n').length;
  for (const m of text.matchAll(CRYPTO_IMPORT_RE))
    if (KEYGEN_RE.test(m[1] ?? ''))
      found.push({ file, line: at(m.index), specifier: 'node:crypto', reason: KEYGEN_REASON });
  for (const m of text.matchAll(CRYPTO_CALL_RE))
    found.push({ file, line: at(m.index), specifier: m[0].replace(/\s*\($/, ''), reason: KEYGEN_REASON });
  return found;
}

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|tsx|mts)$/.test(name)) out.push(path);
  }
  return out;
}

export function checkTree(srcRoot: string): Violation[] {
  return walk(srcRoot, []).flatMap((file) => checkFile(srcRoot, file, readFileSync(file, 'utf8')));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? 'src');
  const violations = checkTree(root);
  for (const v of violations)
    console.error(`${relative(process.cwd(), v.file)}:${v.line}: ${v.reason} (${v.specifier})`);
  if (violations.length > 0) {
    console.error(`layer check failed: ${violations.length} import(s) break a rule`);
    process.exit(1);
  }
  console.log('layer check passed');
}
