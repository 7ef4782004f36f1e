/**
 * Opening: the checks run cheapest-first and each failure maps to one stable reason
 * (docs/FEDERATION.md §4.5). Replay detection is left to the inbox, which owns storage: the
 * result exposes the message id and expiry for it.
 */
import type { Clock } from '../../core/clock.js';
import { type ParsedJwe, decryptCompactJwe, parseCompactJwe } from '../crypto/jwe.js';
import { parseCompactJws, verifyJwsSignature } from '../crypto/jws.js';
import type { Decrypter } from '../crypto/signer.js';
import { envelopeDigest } from './digest.js';
import { MESSAGE_TYPE_PATTERN, UUID_PATTERN } from './seal.js';
import {
  DEFAULT_MAX_ENVELOPE_BYTES,
  DEFAULT_MAX_SKEW_MS,
  ENVELOPE_TYP,
  ENVELOPE_VERSION,
  MESSAGE_TYP,
  type OpenEnvelopeFailure,
  type OpenEnvelopeResult,
  type PartyRef,
  type ResolvedKey,
  asPartyRef,
  sameParty,
} from './types.js';

export interface OpenEnvelopeOptions {
  /** Our X25519 keys that may receive (current and recently rotated-out). */
  readonly decrypters: readonly Decrypter[];
  /** The party or parties this node receives for (the node and each hosted authority). */
  readonly expectedRecipient: PartyRef | readonly PartyRef[];
  /** The sender's signing key named `kid` if it was valid at `at` (the claimed creation time). */
  readonly resolveSenderKey: (
    sender: PartyRef,
    kid: string,
    at: Date,
  ) => ResolvedKey | undefined | Promise<ResolvedKey | undefined>;
  readonly clock: Clock;
  /** Maximum compact length in bytes; default 4 MiB. */
  readonly maxSize?: number;
  /** Tolerated sender clock lead; default 5 minutes. */
  readonly maxSkewMs?: number;
}

/** The outer (unencrypted but authenticated-on-open) header, readable without keys. */
export interface OuterHeader {
  readonly id: string;
  readonly from: PartyRef;
  readonly to: PartyRef;
  readonly recipientKid: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/**
 * Reads the outer header without decrypting, for routing and early de-duplication. Nothing in
 * it is trustworthy until openEnvelope succeeds.
 */
export function peekEnvelope(compact: string): OuterHeader | undefined {
  const jwe = parseCompactJwe(compact);
  return jwe && outerHeaderOf(jwe);
}

function outerHeaderOf(jwe: ParsedJwe): OuterHeader | undefined {
  const h = jwe.header;
  const from = asPartyRef(h['comity.from']);
  const to = asPartyRef(h['comity.to']);
  const id = h['comity.id'];
  const iat = h['comity.iat'];
  const exp = h['comity.exp'];
  if (h.typ !== ENVELOPE_TYP || h.cty !== MESSAGE_TYP || h['comity.v'] !== ENVELOPE_VERSION) return undefined;
  if (!from || !to || typeof id !== 'string' || !UUID_PATTERN.test(id)) return undefined;
  if (!Number.isSafeInteger(iat) || !Number.isSafeInteger(exp) || (exp as number) <= (iat as number))
    return undefined;
  return {
    id,
    from,
    to,
    recipientKid: jwe.kid,
    createdAt: new Date((iat as number) * 1000),
    expiresAt: new Date((exp as number) * 1000),
  };
}

const BOUND = ['comity.v', 'comity.id', 'comity.iat', 'comity.exp'] as const;

/** Decrypts, verifies and checks one envelope addressed to us. */
export async function openEnvelope<P = unknown>(
  compact: string,
  options: OpenEnvelopeOptions,
): Promise<OpenEnvelopeResult<P>> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_ENVELOPE_BYTES;
  if (compact.length > maxSize)
    return {
      ok: false,
      reason: 'too_large',
      detail: `envelope is ${compact.length} bytes, limit ${maxSize}`,
    };
  const digest = envelopeDigest(compact);
  const fail = (reason: OpenEnvelopeFailure, detail: string, messageId?: string): OpenEnvelopeResult<P> =>
    messageId === undefined
      ? { ok: false, reason, detail, digest }
      : { ok: false, reason, detail, digest, messageId };

  // 1. Structure of the outer JWE.
  const jwe = parseCompactJwe(compact);
  const outer = jwe && outerHeaderOf(jwe);
  if (!jwe || !outer) return fail('malformed', 'not a Comity ECDH-ES/A256GCM compact JWE');
  const id = outer.id;

  // 2. Addressed to us, with a key we hold.
  const expected = Array.isArray(options.expectedRecipient)
    ? (options.expectedRecipient as readonly PartyRef[])
    : [options.expectedRecipient as PartyRef];
  if (!expected.some((p) => sameParty(p, outer.to)))
    return fail('not_for_us', 'recipient is not this node', id);
  const decrypter = options.decrypters.find((d) => d.keyId === jwe.kid);
  if (!decrypter) return fail('not_for_us', `no decryption key ${jwe.kid} here`, id);

  // 3. Decrypt: the GCM tag authenticates the outer header too, so a failure means tampering.
  const plaintext = await decryptCompactJwe(jwe, decrypter);
  if (!plaintext) return fail('bad_signature', 'decryption failed: ciphertext or outer header altered', id);

  // 4. Structure of the inner JWS and agreement with the outer header.
  const jws = parseCompactJws(plaintext.toString('ascii'));
  if (!jws) return fail('malformed', 'content is not a compact JWS', id);
  const h = jws.header;
  if (h.alg !== 'EdDSA' || h.typ !== MESSAGE_TYP || typeof h.kid !== 'string')
    return fail('malformed', 'inner JWS must be EdDSA, typ comity-message+jws, with a kid', id);
  const type = h['comity.type'];
  if (typeof type !== 'string' || !MESSAGE_TYPE_PATTERN.test(type))
    return fail('malformed', 'inner comity.type missing or invalid', id);
  const innerFrom = asPartyRef(h['comity.from']);
  const innerTo = asPartyRef(h['comity.to']);
  if (
    !innerFrom ||
    !innerTo ||
    !sameParty(innerFrom, outer.from) ||
    !sameParty(innerTo, outer.to) ||
    h['comity.rkid'] !== outer.recipientKid ||
    BOUND.some((k) => h[k] !== jwe.header[k])
  )
    return fail('bad_signature', 'inner and outer headers disagree (re-wrapped or altered message)', id);

  // 5. Sender key valid at the claimed creation time, then the signature.
  const key = await options.resolveSenderKey(outer.from, h.kid, outer.createdAt);
  if (key?.jwk.crv !== 'Ed25519')
    return fail('unknown_peer', `no signing key ${h.kid} of ${outer.from.node} valid at creation time`, id);
  if (!verifyJwsSignature(jws, key.jwk)) return fail('bad_signature', 'sender signature does not verify', id);

  // 6. Time, only now that the claims are authentic.
  const now = options.clock.now().getTime();
  if (now > outer.expiresAt.getTime())
    return fail('expired', `expired at ${outer.expiresAt.toISOString()}`, id);
  if (outer.createdAt.getTime() > now + (options.maxSkewMs ?? DEFAULT_MAX_SKEW_MS))
    return fail('expired', `created in the future (${outer.createdAt.toISOString()})`, id);

  // 7. Payload.
  let payload: P;
  try {
    payload = JSON.parse(jws.payload.toString('utf8')) as P;
  } catch {
    return fail('malformed', 'payload is not JSON', id);
  }
  return {
    ok: true,
    header: {
      type,
      id,
      from: outer.from,
      to: outer.to,
      senderKid: h.kid,
      recipientKid: outer.recipientKid,
      createdAt: outer.createdAt,
      expiresAt: outer.expiresAt,
    },
    payload,
    digest,
    senderKey: key,
  };
}
