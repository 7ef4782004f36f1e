// Runs every *.test.ts under src/ and test/ with node's own test runner (through tsx).
// Node 20's --test takes no globs, so the files are listed here. Extra arguments are passed
// on, e.g. `npm test -- --test-name-pattern=audit` or a path prefix to narrow the run.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['src', 'test'];
const passThrough = [];
const prefixes = [];
for (const arg of process.argv.slice(2)) (arg.startsWith('-') ? passThrough : prefixes).push(arg);

function walk(dir, out) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const files = roots
  .flatMap((root) => walk(root, []))
  .filter((file) => prefixes.length === 0 || prefixes.some((p) => file.startsWith(p)))
  .sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const concurrency = process.env.COMITY_TEST_CONCURRENCY ?? '2';
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--import',
    './test/support/assert-ok.mjs',
    '--test',
    `--test-concurrency=${concurrency}`,
    ...passThrough,
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
