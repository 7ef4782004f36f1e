/**
 * The transport between nodes (docs/FEDERATION.md, "Outbox, inbox and delivery"): the sender
 * POSTs a batch of envelopes to the peer's inbox as `application/comity-batch+json`, signed
 * with RFC 9421; the inbox answers per envelope, with a signed `accepted` receipt for each one
 * it stored (or had already stored).
 */
import { UUID_PATTERN } from '../envelope/seal.js';

export const BATCH_CONTENT_TYPE = 'application/comity-batch+json';
export const INBOX_PATH = '/federation/v1/inbox';
export const CARD_PATH = '/federation/v1/card';

/** Default limits of one batch; the inbox refuses larger ones with `too_large`. */
export const DEFAULT_MAX_BATCH_ENVELOPES = 500;
export const DEFAULT_MAX_BATCH_BYTES = 8 * 1024 * 1024;
/** Rotation announcements a batch may carry. */
export const MAX_KEY_ROTATIONS = 16;

/** Why an envelope or a batch was refused: stable codes. */
export type InboxRejection =
  | 'unknown_peer'
  | 'bad_signature'
  | 'expired'
  | 'replayed'
  | 'not_for_us'
  | 'malformed'
  | 'too_large'
  | 'peer_rate_limited';

export interface Batch {
  readonly batchId: string;
  readonly envelopes: readonly string[];
  /** Announcements of the sender's current keys, signed by the keys they replaced. */
  readonly keyRotations?: readonly string[];
}

export type EnvelopeResult =
  | {
      readonly status: 'accepted';
      readonly messageId: string;
      readonly digest: string;
      /** True when the message had been accepted before (no second effect). */
      readonly duplicate: boolean;
      /** Compact signed `accepted` receipt. */
      readonly receipt: string;
    }
  | {
      readonly status: 'rejected';
      readonly messageId?: string;
      readonly digest?: string;
      readonly reason: InboxRejection;
      readonly detail: string;
    };

export interface BatchResponse {
  readonly batchId: string;
  readonly results: readonly EnvelopeResult[];
}

/** Parses a batch body; a string is the reason it is malformed or too large. */
export function parseBatch(
  body: Uint8Array,
  maxEnvelopes: number,
): Batch | { reason: 'malformed' | 'too_large'; detail: string } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body).toString('utf8'));
  } catch {
    return { reason: 'malformed', detail: 'body is not JSON' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { reason: 'malformed', detail: 'body is not an object' };
  const v = value as Record<string, unknown>;
  if (Object.keys(v).some((k) => k !== 'batchId' && k !== 'envelopes' && k !== 'keyRotations'))
    return { reason: 'malformed', detail: 'unknown member in batch' };
  if (typeof v.batchId !== 'string' || !UUID_PATTERN.test(v.batchId))
    return { reason: 'malformed', detail: 'batchId must be a lower-case UUID' };
  if (
    !Array.isArray(v.envelopes) ||
    v.envelopes.length === 0 ||
    v.envelopes.some((e) => typeof e !== 'string')
  )
    return { reason: 'malformed', detail: 'envelopes must be a non-empty array of strings' };
  if (v.envelopes.length > maxEnvelopes)
    return { reason: 'too_large', detail: `${v.envelopes.length} envelopes, limit ${maxEnvelopes}` };
  const rotations = v.keyRotations;
  if (
    rotations !== undefined &&
    (!Array.isArray(rotations) ||
      rotations.length > MAX_KEY_ROTATIONS ||
      rotations.some((r) => typeof r !== 'string'))
  )
    return { reason: 'malformed', detail: `keyRotations must be at most ${MAX_KEY_ROTATIONS} strings` };
  return {
    batchId: v.batchId,
    envelopes: v.envelopes as string[],
    ...(rotations ? { keyRotations: rotations as string[] } : {}),
  };
}

/** HTTP status for a refusal of a whole batch (or of its only envelopes). */
export function statusOf(reason: InboxRejection): number {
  switch (reason) {
    case 'malformed':
      return 400;
    case 'bad_signature':
    case 'unknown_peer':
      return 401;
    case 'too_large':
      return 413;
    case 'replayed':
      return 409;
    case 'peer_rate_limited':
      return 429;
    default:
      return 422;
  }
}
