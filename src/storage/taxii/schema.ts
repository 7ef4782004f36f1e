/** Row types of the TAXII 2.1 server (both dialects; see ../schema.ts). */

/** One object version posted to a writable collection, and when it was added there. */
export interface TaxiiCollectionObjectsTable {
  collection_id: string;
  object_id: string;
  /** As `stix_objects.modified`: nine fractional digits, or '' for an unversioned object. */
  modified: string;
  added_at: string;
}

/** The outcome of one POST of objects, as the status resource shows it (TAXII 2.1 §4.3.1). */
export interface TaxiiStatusTable {
  id: string;
  collection_id: string;
  /** Who posted: only they may read the status. */
  user_id: string;
  status: 'pending' | 'complete';
  request_timestamp: string;
  completed_at: string | null;
  total_count: number;
  success_count: number;
  failure_count: number;
  pending_count: number;
  /** JSON lists of {id, version, message?}. */
  successes: string;
  failures: string;
  pendings: string;
}

export interface TaxiiTables {
  taxii_collection_objects: TaxiiCollectionObjectsTable;
  taxii_status: TaxiiStatusTable;
}
