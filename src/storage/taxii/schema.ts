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

/** A remote TAXII collection this node polls, and where its poller stands. */
export interface TaxiiSubscriptionsTable {
  id: string;
  title: string;
  /** The collection's URL (ending in `/`); objects are read from `objects/` under it. */
  collection_url: string;
  auth: 'none' | 'basic' | 'token';
  username: string | null;
  /** The password or token, as the remote server needs it (shown to no one once set). */
  secret: string | null;
  interval_seconds: number;
  /** TLP level given to arriving objects that carry no TLP marking. */
  default_tlp: string;
  active: number;
  /** Resume after this instant (the remote's `X-TAXII-Date-Added-Last` of the last full listing). */
  added_after: string | null;
  /** The remote's `next` while a listing is being read page by page. */
  next_cursor: string | null;
  objects_received: number;
  objects_refused: number;
  pages: number;
  /** Failures in a row (the wait before the next poll doubles with each). */
  failures: number;
  last_error: string | null;
  last_polled_at: string | null;
  last_success_at: string | null;
  next_poll_at: string;
  /** Held by the poller reading it now (any instance), until this instant. */
  polling_until: string | null;
  created_by: string;
  created_at: string;
}

export interface TaxiiTables {
  taxii_subscriptions: TaxiiSubscriptionsTable;
  taxii_collection_objects: TaxiiCollectionObjectsTable;
  taxii_status: TaxiiStatusTable;
}
