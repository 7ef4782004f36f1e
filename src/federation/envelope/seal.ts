/**
 * Sealing: sign the message as a JWS with the sender's key, then encrypt that JWS as a JWE to
 * the recipient's X25519 key. Sign-then-encrypt keeps the sender's signature hidden from
 * on-path observers and lets the recipient keep the inner JWS as evidence after decryption.
 */
import { randomUUID } from 'node:crypto';
import { canonicalJson } from '../../core/canonical-json.js';
import type { Clock } from '../../core/clock.js';
import { ValidationError } from '../../core/errors.js';
import { type JweDeterminism, encryptCompactJwe } from '../crypto/jwe.js';
import type { OkpPublicJwk } from '../crypto/jwk.js';
import { signCompactJws } from '../crypto/jws.js';
import type { Signer } from '../crypto/signer.js';
import { envelopeDigest } from './digest.js';
import {
  DEFAULT_ENVELOPE_TTL_MS,
  ENVELOPE_TYP,
  ENVELOPE_VERSION,
  MESSAGE_TYP,
  type PartyRef,
} from './types.js';

export const MESSAGE_TYPE_PATTERN = /^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)*$/;
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface SealEnvelopeInput {
  readonly signer: Signer;
  readonly from: PartyRef;
  readonly to: PartyRef;
  /** The recipient's current X25519 encryption key (from its peer card). */
  readonly recipientKey: { readonly kid: string; readonly jwk: OkpPublicJwk };
  /** Message type, dotted lower-case, e.g. `request.preservation`. */
  readonly type: string;
  /** Any JSON value; serialized canonically (RFC 8785) so equal payloads give equal bytes. */
  readonly payload: unknown;
  readonly clock: Clock;
  /** Message id; a random UUID when absent. Retries must reuse the stored envelope, not reseal. */
  readonly id?: string;
  /** Lifetime from creation; default 30 days. */
  readonly ttlMs?: number;
  /** Fixed ephemeral key and IV, for generating test vectors only. */
  readonly determinism?: JweDeterminism;
}

export interface SealedEnvelope {
  readonly compact: string;
  /** `sha-256:<base64url>` of the compact JWE. */
  readonly digest: string;
  readonly id: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** Signs and encrypts one message for one recipient. */
export async function sealEnvelope(input: SealEnvelopeInput): Promise<SealedEnvelope> {
  const id = input.id ?? randomUUID();
  if (!UUID_PATTERN.test(id)) throw new ValidationError(`message id ${id} is not a lower-case UUID`);
  if (!MESSAGE_TYPE_PATTERN.test(input.type))
    throw new ValidationError(`message type ${input.type} is not dotted lower-case`);
  const ttl = input.ttlMs ?? DEFAULT_ENVELOPE_TTL_MS;
  if (!(ttl > 0)) throw new ValidationError('an envelope lifetime must be positive');
  const iat = Math.floor(input.clock.now().getTime() / 1000);
  const exp = iat + Math.ceil(ttl / 1000);
  const bound = {
    'comity.v': ENVELOPE_VERSION,
    'comity.id': id,
    'comity.from': party(input.from),
    'comity.to': party(input.to),
    'comity.iat': iat,
    'comity.exp': exp,
  };
  const jws = await signCompactJws(
    { typ: MESSAGE_TYP, 'comity.type': input.type, ...bound, 'comity.rkid': input.recipientKey.kid },
    canonicalJson(input.payload),
    input.signer,
  );
  const compact = encryptCompactJwe(
    { typ: ENVELOPE_TYP, cty: MESSAGE_TYP, ...bound },
    Buffer.from(jws, 'ascii'),
    input.recipientKey,
    input.determinism,
  );
  return {
    compact,
    digest: envelopeDigest(compact),
    id,
    createdAt: new Date(iat * 1000),
    expiresAt: new Date(exp * 1000),
  };
}

// Fixed member order and no undefined members, so headers are byte-stable across callers.
function party(p: PartyRef): PartyRef {
  return p.authority === undefined ? { node: p.node } : { node: p.node, authority: p.authority };
}
