/**
 * `npm run bench -- <suite> [<suite> ...]` runs the named suites (all when none is named).
 * Each suite is bench/<suite>.ts exporting `run(): Promise<BenchReport>`.
 */
import { readdirSync } from 'node:fs';
import { printReport } from './report.js';

const available = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'report.ts'].includes(f) && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = asked.filter((a) => !available.includes(a));
if (unknown.length > 0) {
  console.error(`unknown bench suite: ${unknown.join(', ')} (available: ${available.join(', ')})`);
  process.exit(2);
}
for (const suite of asked.length > 0 ? asked : available) {
  const mod = (await import(`./${suite}.ts`)) as { run: () => Promise<import('./report.js').BenchReport> };
  printReport(await mod.run());
}
