/**
 * Row types of every table, shared by both dialects. Times are ISO-8601 UTC strings with
 * milliseconds (sortable as text on both engines); JSON columns hold canonical text.
 */
import type { Generated } from 'kysely';

export interface AuditEventsTable {
  seq: number;
  id: string;
  at: string;
  actor_type: string;
  actor_id: string;
  action: string;
  subject_type: string;
  subject_id: string;
  legal_basis: string | null;
  request_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** One row (id = 1): the last event's position, written in the same transaction as each append. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface NodeSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  /** JSON array of role names. */
  roles: string;
  authority_id: string | null;
  totp_secret: string | null;
  totp_enabled: number;
  failed_logins: number;
  locked_until: string | null;
  must_change_password: number;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the session secret; the secret itself only lives in the cookie. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  /** 1 once the second factor has been passed (or when none is enabled). */
  mfa_passed: number;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username: string;
  at: string;
  succeeded: number;
}

export interface StatesTable {
  code: string;
  name: string;
  node_url: string | null;
  /** JSON arrays. */
  languages: string;
  regimes: string;
  declarations: string;
  created_at: string;
  updated_at: string;
}

export interface AuthoritiesTable {
  id: string;
  state_code: string;
  type: string;
  name: string;
  languages: string;
  timezone: string;
  created_at: string;
  updated_at: string;
}

export interface ContactsTable {
  id: string;
  authority_id: string;
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  timezone: string | null;
  available_24_7: number;
  created_at: string;
  updated_at: string;
}

/** A table the storage conformance suite uses; also the "state row" of the write benchmark. */
export interface ConformanceItemsTable {
  id: string;
  name: string;
  version: number;
  body: string;
  created_at: string;
}

export interface Schema {
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  node_settings: NodeSettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  states: StatesTable;
  authorities: AuthoritiesTable;
  contacts: ContactsTable;
  conformance_items: ConformanceItemsTable;
}
