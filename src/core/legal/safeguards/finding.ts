import type { Provenance } from '../provenance.js';

/** One observation for a reviewer: what, where, how serious, and which provision says so. */
export interface Finding {
  readonly code: string;
  readonly severity: 'blocking' | 'warning' | 'info';
  readonly path: string;
  readonly message: string;
  readonly provision?: Provenance;
}

export function blocking(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'blocking');
}
