/** Row types of directories of nodes (both dialects; see ../schema.ts). */

/** A directory this node trusts (`role` 'trusted') or operates ('operated'). */
export interface DirectoriesTable {
  id: string;
  role: 'trusted' | 'operated';
  name: string;
  /** Where a trusted directory is fetched from (a URL), or null when it came as a file. */
  source: string | null;
  key_kid: string;
  /** JSON: the directory's Ed25519 public JWK. */
  key_jwk: string;
  /** JSON sealed private key, for a directory this node operates. */
  sealed_key: string | null;
  /** JSON string[]: key ids of the witnesses whose cosignatures count. */
  witnesses: string;
  quorum: number;
  /** 1 when this node cosigns the heads it accepts, as a witness. */
  cosign: number;
  /** The head accepted last: its size and root (base64url); 0 and '' before the first. */
  size: number;
  root: string;
  head: string | null;
  /** JSON string[]: cosignatures of that head. */
  cosignatures: string;
  /** 'ok', 'failing' (the last fetch was refused), or 'split_view' (held until an administrator looks). */
  status: 'ok' | 'failing' | 'split_view';
  last_error: string | null;
  verified_at: string | null;
  added_at: string;
  updated_at: string;
}

/** One entry of a directory, as canonical JSON. */
export interface DirectoryEntriesTable {
  directory_id: string;
  idx: number;
  entry: string;
}

/** Something an administrator must look at about a directory. */
export interface DirectoryAlertsTable {
  id: string;
  directory_id: string;
  /** 'split_view', 'refused', 'conflict'. */
  kind: string;
  detail: string;
  /** JSON: what proves it (both heads for a split view). */
  evidence: string;
  /** Who showed it: a peer's node id or a URL. */
  source: string | null;
  raised_at: string;
  resolved_at: string | null;
}

export interface DirectoryTables {
  directories: DirectoriesTable;
  directory_entries: DirectoryEntriesTable;
  directory_alerts: DirectoryAlertsTable;
}
