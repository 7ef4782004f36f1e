/** Shapes the sharing store reads and writes; the STIX rules themselves live in core. */

import type { StixObjectRecord } from '../../core/sharing/stix/validate.js';

export type { StixObjectRecord };

/** A normalised observable as the index stores it (kind as core names it, canonical value). */
export interface IndexedObservable {
  readonly kind: string;
  readonly value: string;
}

/** What kind of thing an observable row points at. */
export type SubjectType = 'stix' | 'request' | 'incident';

/** One stored version of an object. */
export interface StoredStixObject {
  readonly id: string;
  readonly type: string;
  /** The version key (see `versionKey`). */
  readonly modified: string;
  readonly revoked: boolean;
  readonly current: boolean;
  /** 'local' or the node id of the peer that sent this version. */
  readonly source: string;
  readonly object: StixObjectRecord;
  readonly shareContext: unknown;
  readonly storedAt: string;
}

/** Where one observable occurs, as a correlation lookup returns it. */
export interface ObservableMatch {
  readonly kind: string;
  readonly value: string;
  readonly subjectType: string;
  readonly subjectId: string;
  /** For STIX subjects: the current version's type, source and revocation; null otherwise. */
  readonly objectType: string | null;
  readonly source: string | null;
  readonly revoked: boolean;
}
