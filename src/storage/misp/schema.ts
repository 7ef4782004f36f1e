/** Row types of MISP interoperability (both dialects; see ../schema.ts). */

/** One MISP event import and its report. */
export interface MispImportsTable {
  id: string;
  /** How it came: 'upload' (console), 'api' (MISP-compatible API), 'feed', 'cli'. */
  via: string;
  /** A file name, a feed URL or folder, or the API route. */
  source: string;
  user_id: string | null;
  event_uuid: string | null;
  event_info: string | null;
  /** 'complete', or 'refused' when the event could not be read (`error` says why). */
  status: string;
  attributes: number;
  converted: number;
  kept_as_notes: number;
  refused: number;
  /** STIX objects stored, already held, rejected by the store. */
  stored: number;
  unchanged: number;
  rejected: number;
  error: string | null;
  /** JSON: the listed outcomes (refusals, notes, store rejections), capped. */
  report: string;
  started_at: string;
  finished_at: string;
}

/** An event of a MISP feed already imported, at the timestamp the feed's manifest gave. */
export interface MispFeedEventsTable {
  feed: string;
  event_uuid: string;
  timestamp: number;
  imported_at: string;
}

/** A tag MISP clients may pick: seen on an imported event or attribute, or added through the API. */
export interface MispTagsTable {
  name: string;
  colour: string;
  exportable: number;
  /** 'import' or 'api'. */
  origin: string;
  created_at: string;
}

export interface MispTables {
  misp_tags: MispTagsTable;
  misp_imports: MispImportsTable;
  misp_feed_events: MispFeedEventsTable;
}
