/** What an import did with each object, and the totals a person reads first. */

/** Why an object was not stored; stable codes for scripts reading `--json`. */
export type RejectionCode =
  | 'too_large'
  | 'too_deep'
  | 'malformed'
  | 'invalid'
  | 'version_conflict'
  | 'not_originator'
  | 'database_error';

export type ObjectOutcome =
  | {
      readonly index: number;
      readonly id: string;
      readonly type: string;
      readonly status: 'accepted';
      /** created: first version; updated: newer, now current; history: older, kept. */
      readonly change: 'created' | 'updated' | 'history';
      readonly warnings: readonly string[];
    }
  | { readonly index: number; readonly id: string; readonly type: string; readonly status: 'unchanged' }
  | {
      readonly index: number;
      readonly id?: string;
      readonly type?: string;
      readonly status: 'rejected';
      readonly code: RejectionCode;
      readonly reason: string;
      /** JSON Pointer of the offending field, when the validator names one. */
      readonly path?: string;
      /** Byte offset of the object in the input. */
      readonly offset: number;
    };

export interface ImportReport {
  readonly importId: string;
  /** Objects read from the input, whatever became of them. */
  total: number;
  accepted: number;
  /** Of `accepted`, those stored with warnings. */
  acceptedWithWarnings: number;
  rejected: number;
  unchanged: number;
  bytes: number;
  /** Transactions that changed something, each with one audit event. */
  auditedBatches: number;
  /** Which outcomes `objects` lists: all, or only rejections and acceptances with warnings. */
  readonly listed: 'all' | 'problems';
  /** Set when the input could not be read to its end (the objects before are reported). */
  stopped?: string;
  readonly objects: ObjectOutcome[];
}

/** The outcome of an object the validator refused (the streaming importer adds its offset). */
export function refusedByValidation(
  index: number,
  check: { readonly id?: string; readonly type?: string; readonly reason: string; readonly path?: string },
) {
  return {
    index,
    ...(check.id === undefined ? {} : { id: check.id }),
    ...(check.type === undefined ? {} : { type: check.type }),
    status: 'rejected' as const,
    code: 'invalid' as const,
    reason: check.reason,
    ...(check.path === undefined ? {} : { path: check.path }),
  };
}

export function emptyReport(importId: string, listed: 'all' | 'problems' = 'all'): ImportReport {
  return {
    importId,
    listed,
    total: 0,
    accepted: 0,
    acceptedWithWarnings: 0,
    rejected: 0,
    unchanged: 0,
    bytes: 0,
    auditedBatches: 0,
    objects: [],
  };
}

const listeners = new WeakMap<ImportReport, (outcome: ObjectOutcome) => void>();

/**
 * Calls `listener` with every outcome recorded in `report` from now on: how an importer shared
 * by several inputs (the events of a feed) tells each input what became of its objects.
 */
export function onOutcome(report: ImportReport, listener: (outcome: ObjectOutcome) => void): void {
  listeners.set(report, listener);
}

export function record(report: ImportReport, outcome: ObjectOutcome): void {
  listeners.get(report)?.(outcome);
  report.total++;
  if (outcome.status === 'accepted') {
    report.accepted++;
    if (outcome.warnings.length > 0) report.acceptedWithWarnings++;
  } else if (outcome.status === 'rejected') report.rejected++;
  else report.unchanged++;
  if (
    report.listed === 'all' ||
    outcome.status === 'rejected' ||
    (outcome.status === 'accepted' && outcome.warnings.length > 0)
  )
    report.objects.push(outcome);
}
