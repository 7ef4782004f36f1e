import { availableParallelism } from 'node:os';
/**
 * Every benchmark suite returns a BenchReport; the runner prints it as one JSON document
 * (for machines) and as a table (for people), with each figure next to its baseline.
 */
export interface BenchResult {
  /** What was measured, e.g. "audited writes (SQLite)". */
  name: string;
  value: number;
  unit: string;
  /** The same operation done with the raw driver or raw crypto, measured in the same run. */
  baseline?: { name: string; value: number; unit: string };
  /** A target from the issue, e.g. ">= 50% of baseline" or "< 10 s". */
  target?: string;
  /** Whether the target was met; undefined when there is no target. */
  met?: boolean;
  notes?: string;
}

export interface BenchReport {
  suite: string;
  machine: { node: string; platform: string; cpus: number };
  startedAt: string;
  results: BenchResult[];
}

export function printReport(report: BenchReport): void {
  console.log(JSON.stringify(report, null, 2));
  const rows = report.results.map((r) => [
    r.name,
    `${formatNumber(r.value)} ${r.unit}`,
    r.baseline ? `${formatNumber(r.baseline.value)} ${r.baseline.unit} (${r.baseline.name})` : '',
    r.baseline && r.baseline.unit === r.unit && r.baseline.value > 0
      ? `${((r.value / r.baseline.value) * 100).toFixed(0)}%`
      : '',
    r.target ? `${r.target} ${r.met === undefined ? '' : r.met ? 'met' : 'NOT met'}` : '',
  ]);
  const header = ['measure', 'value', 'baseline', 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(`\n${report.suite}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
}

export function formatNumber(n: number): string {
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString('en-US');
  if (Math.abs(n) >= 1) return n.toFixed(2);
  return n.toPrecision(3);
}

/** Percentile of an ascending-sorted array (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function newReport(suite: string): BenchReport {
  return {
    suite,
    machine: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: availableParallelism(),
    },
    startedAt: new Date().toISOString(),
    results: [],
  };
}
