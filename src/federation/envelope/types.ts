/** Shapes shared by sealing and opening envelopes (docs/FEDERATION.md §4). */
import type { ResolvedKey } from '../crypto/jwk.js';

export type { ResolvedKey };

/** Outer JWE `typ` and inner JWS `typ`; `cty` of the JWE names the nested JWS. */
export const ENVELOPE_TYP = 'comity-envelope+jwe';
export const MESSAGE_TYP = 'comity-message+jws';
export const ENVELOPE_VERSION = 1;
/** Default maximum size of one compact envelope, in bytes (it is ASCII). */
export const DEFAULT_MAX_ENVELOPE_BYTES = 4 * 1024 * 1024;
/** Default tolerance for a sender clock ahead of ours. */
export const DEFAULT_MAX_SKEW_MS = 5 * 60_000;
/** Default lifetime of an envelope when the caller gives none: long enough for a long outage. */
export const DEFAULT_ENVELOPE_TTL_MS = 30 * 24 * 60 * 60_000;

/** A sending or receiving party: a node, and optionally an authority hosted on it. */
export interface PartyRef {
  readonly node: string;
  readonly authority?: string;
}

/** The authenticated header fields of an opened envelope. */
export interface EnvelopeHeader {
  /** Message type, e.g. `request.preservation` (inner `comity.type`). */
  readonly type: string;
  /** Message id (UUID), the inbox's de-duplication key. */
  readonly id: string;
  readonly from: PartyRef;
  readonly to: PartyRef;
  /** Sender signing key id (inner JWS `kid`). */
  readonly senderKid: string;
  /** Recipient encryption key id (outer JWE `kid`). */
  readonly recipientKid: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** Why an envelope was refused; stable codes (docs/FEDERATION.md §4.5). */
export type OpenEnvelopeFailure =
  | 'malformed'
  | 'too_large'
  | 'not_for_us'
  | 'unknown_peer'
  | 'bad_signature'
  | 'expired';

export type OpenEnvelopeResult<P = unknown> =
  | {
      readonly ok: true;
      readonly header: EnvelopeHeader;
      readonly payload: P;
      readonly digest: string;
      readonly senderKey: ResolvedKey;
    }
  | {
      readonly ok: false;
      readonly reason: OpenEnvelopeFailure;
      /** A human explanation for logs; not a stable code. */
      readonly detail: string;
      readonly digest?: string;
      /** Present once the outer header parsed, so a refusal can still be receipted and de-duplicated. */
      readonly messageId?: string;
    };

/** Compares two party references exactly (an absent authority matches only an absent one). */
export function sameParty(a: PartyRef, b: PartyRef): boolean {
  return a.node === b.node && (a.authority ?? null) === (b.authority ?? null);
}

/** Validates an unknown header member as a PartyRef. */
export function asPartyRef(value: unknown): PartyRef | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.node !== 'string' || v.node === '') return undefined;
  if (v.authority !== undefined && (typeof v.authority !== 'string' || v.authority === '')) return undefined;
  if (Object.keys(v).some((k) => k !== 'node' && k !== 'authority')) return undefined;
  return v.authority === undefined ? { node: v.node } : { node: v.node, authority: v.authority };
}
