/** Row types of federation: keys, peers, outbox, inbox, receipts, delivery alerts (both dialects; see ../schema.ts). */
import type { Generated } from 'kysely';

/** This node's key pairs; the private half sealed under COMITY_KEY_SECRET (scrypt + AES-GCM). */
export interface FederationKeysTable {
  kid: string;
  use: 'sig' | 'enc';
  /** Hosted authority id, or '' for the node's own keys. */
  authority: string;
  public_jwk: string;
  /** JSON of the sealed key document. */
  sealed: string;
  not_before: string;
  not_after: string | null;
  status: 'active' | 'retired' | 'revoked';
  /** Rotation announcement signed by the key this one replaced, if any. */
  announcement: string | null;
  created_at: string;
}

/** A trusted peer node, from its verified card; also its delivery back-off and lease. */
export interface PeersTable {
  node_id: string;
  url: string;
  state: string;
  fingerprint: string;
  /** The last verified compact card. */
  card: string;
  /** JSON KeyRecord[]: every key ever trusted, so old messages stay verifiable. */
  keys: string;
  /** JSON HostedAuthority[]. */
  authorities: string;
  status: 'active' | 'revoked';
  failures: number;
  next_attempt_at: string | null;
  last_error: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  /** The directory this peer was trusted through; null when its fingerprint was confirmed by hand. */
  trusted_via: string | null;
  added_at: string;
  updated_at: string;
}

/** One sealed envelope waiting for (or done with) delivery; `seq` orders a peer's queue. */
export interface OutboxTable {
  seq: Generated<number>;
  message_id: string;
  peer: string;
  type: string;
  envelope: string;
  digest: string;
  bytes: number;
  status: 'pending' | 'accepted' | 'rejected';
  attempts: number;
  last_attempt_at: string | null;
  last_error: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  alerted_at: string | null;
}

/** Accepted messages, kept at least until they expire so a replay is recognised. */
export interface InboxMessagesTable {
  message_id: string;
  from_node: string;
  from_authority: string | null;
  to_authority: string | null;
  type: string;
  digest: string;
  envelope: string;
  payload: string;
  batch_id: string | null;
  created_at: string;
  expires_at: string;
  received_at: string;
  /** The compact signed `accepted` receipt, returned again for duplicates. */
  receipt: string;
}

/** Signed receipts: ones peers gave us about our messages, and ones we gave about theirs. */
export interface ReceiptsTable {
  id: string;
  message_id: string;
  direction: 'sent' | 'received';
  receipt_type: string;
  peer: string;
  envelope_digest: string;
  /** The signed `at` of the receipt: legal clocks start here. */
  signed_at: string;
  compact: string;
  stored_at: string;
}

/** A message that has waited too long (or was refused), shown to the 24/7 officer. */
export interface DeliveryAlertsTable {
  id: string;
  message_id: string;
  peer: string;
  reason: string;
  detail: string;
  raised_at: string;
  resolved_at: string | null;
}

export interface FederationTables {
  federation_keys: FederationKeysTable;
  peers: PeersTable;
  outbox: OutboxTable;
  inbox_messages: InboxMessagesTable;
  receipts: ReceiptsTable;
  delivery_alerts: DeliveryAlertsTable;
}
