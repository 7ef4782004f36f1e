/**
 * A peer card is the signed self-description a node publishes: where it listens, which State
 * it serves, which authorities it hosts, and their public keys with validity windows. It is
 * self-signed, so trust comes from comparing its fingerprint out of band (phone, diplomatic
 * note) the first time, and from the previous card's keys afterwards.
 */
import { canonicalJson } from '../../core/canonical-json.js';
import type { Clock } from '../../core/clock.js';
import { ValidationError } from '../../core/errors.js';
import { fromB64u } from '../crypto/base64url.js';
import { isOkpPublicJwk, jwkThumbprint } from '../crypto/jwk.js';
import { parseCompactJws, signCompactJws, verifyJwsSignature } from '../crypto/jws.js';
import { type KeyRecord, currentKey, keyValidAt } from '../crypto/key-record.js';
import type { Signer } from '../crypto/signer.js';

export const PEER_CARD_TYP = 'comity-peer-card+jws';
export const PEER_CARD_VERSION = 1;

/** An authority hosted by a node, addressed as PartyRef `{ node, authority: id }`. */
export interface HostedAuthority {
  readonly id: string;
  /** e.g. `central-authority`, `point-of-contact-24-7`, `competent-authority`, `cert`. */
  readonly type: string;
  readonly name: string;
}

export interface PeerCard {
  readonly version: 1;
  /** The node id used in envelope headers (`comity.from.node` / `comity.to.node`). */
  readonly nodeId: string;
  /** Base URL; the inbox is `<url>/federation/v1/inbox`. */
  readonly url: string;
  /** ISO 3166-1 alpha-2 code of the State the node serves. */
  readonly state: string;
  readonly authorities: readonly HostedAuthority[];
  readonly keys: readonly KeyRecord[];
  readonly issuedAt: string;
  /** The card must be re-fetched after this instant. */
  readonly validUntil: string;
}

export type PeerCardFailure = 'malformed' | 'unknown_key' | 'bad_signature' | 'expired' | 'untrusted';

export type VerifyPeerCardResult =
  | {
      readonly ok: true;
      readonly card: PeerCard;
      readonly fingerprint: string;
      readonly signingKey: KeyRecord;
    }
  | { readonly ok: false; readonly reason: PeerCardFailure; readonly detail: string };

/**
 * Human-comparable fingerprint of a signing key id: its 32 thumbprint bytes as upper-case hex
 * in 16 groups of 4, e.g. `3F2A 9C01 …`, to be read aloud and compared out of band.
 */
export function fingerprintOfKid(kid: string): string {
  const bytes = fromB64u(kid);
  if (bytes?.length !== 32) throw new ValidationError(`${kid} is not a SHA-256 JWK thumbprint`);
  return (bytes.toString('hex').toUpperCase().match(/.{4}/g) ?? []).join(' ');
}

/** Fingerprint of the node's own signing key that is current at the card's issue time. */
export function fingerprint(card: PeerCard): string {
  const key = currentKey(card.keys, 'sig', new Date(card.issuedAt));
  if (!key) throw new ValidationError('the card has no current node signing key');
  return fingerprintOfKid(key.kid);
}

/** Signs a card with the node's signing key, which must be listed in it. */
export async function signPeerCard(card: PeerCard, signer: Signer): Promise<string> {
  const problem = checkCard(card);
  if (problem) throw new ValidationError(`peer card not signed: ${problem}`);
  if (!keyValidAt(card.keys, signer.keyId, new Date(card.issuedAt)) || hostedKey(card, signer.keyId))
    throw new ValidationError('a card is signed by a node signing key listed in it and valid at issuedAt');
  return signCompactJws({ typ: PEER_CARD_TYP }, canonicalJson(card), signer);
}

export interface VerifyPeerCardOptions {
  readonly clock: Clock;
  /** First contact: the fingerprint confirmed out of band. */
  readonly expectedFingerprint?: string;
  /** Later updates: the peer's keys we already trust; the new card must be signed by one of them. */
  readonly trustedKeys?: readonly KeyRecord[];
}

/** Verifies a peer card's self-signature, validity, and the trust anchor given. */
export async function verifyPeerCard(
  compact: string,
  options: VerifyPeerCardOptions,
): Promise<VerifyPeerCardResult> {
  const jws = parseCompactJws(compact);
  if (jws?.header.typ !== PEER_CARD_TYP || jws.header.alg !== 'EdDSA' || typeof jws.header.kid !== 'string')
    return { ok: false, reason: 'malformed', detail: 'not a comity-peer-card+jws compact JWS' };
  let card: PeerCard;
  try {
    card = JSON.parse(jws.payload.toString('utf8')) as PeerCard;
  } catch {
    return { ok: false, reason: 'malformed', detail: 'payload is not JSON' };
  }
  const problem = checkCard(card);
  if (problem) return { ok: false, reason: 'malformed', detail: problem };
  const issuedAt = new Date(card.issuedAt);
  const signingKey = keyValidAt(card.keys, jws.header.kid, issuedAt);
  if (!signingKey || signingKey.authority !== undefined)
    return {
      ok: false,
      reason: 'unknown_key',
      detail: `kid ${jws.header.kid} is not a node signing key of the card`,
    };
  if (!verifyJwsSignature(jws, signingKey.jwk))
    return { ok: false, reason: 'bad_signature', detail: 'self-signature does not verify' };
  const now = options.clock.now().getTime();
  if (now > Date.parse(card.validUntil))
    return { ok: false, reason: 'expired', detail: `card expired ${card.validUntil}` };
  if (issuedAt.getTime() > now + 5 * 60_000)
    return { ok: false, reason: 'expired', detail: 'card issued in the future' };
  const print = fingerprintOfKid(signingKey.kid);
  if (
    options.expectedFingerprint !== undefined &&
    normalize(options.expectedFingerprint) !== normalize(print)
  )
    return { ok: false, reason: 'untrusted', detail: `fingerprint ${print} is not the one confirmed` };
  if (options.trustedKeys !== undefined && !keyValidAt(options.trustedKeys, signingKey.kid, issuedAt))
    return { ok: false, reason: 'untrusted', detail: 'card is not signed by a key we already trust' };
  return { ok: true, card, fingerprint: print, signingKey };
}

function normalize(print: string): string {
  return print.replace(/[\s:-]/g, '').toUpperCase();
}

function hostedKey(card: PeerCard, kid: string): boolean {
  return card.keys.some((k) => k.kid === kid && k.authority !== undefined);
}

function checkCard(c: PeerCard): string | undefined {
  if (c === null || typeof c !== 'object') return 'not an object';
  if (c.version !== PEER_CARD_VERSION) return `version ${String(c.version)} unsupported`;
  if (typeof c.nodeId !== 'string' || c.nodeId === '') return 'nodeId required';
  if (typeof c.url !== 'string' || !/^https?:\/\//.test(c.url)) return 'url must be http(s)';
  if (typeof c.state !== 'string' || !/^[A-Z]{2}$/.test(c.state)) return 'state must be ISO 3166-1 alpha-2';
  if (
    !isInstant(c.issuedAt) ||
    !isInstant(c.validUntil) ||
    Date.parse(c.validUntil) <= Date.parse(c.issuedAt)
  )
    return 'issuedAt and validUntil must be ISO instants, validUntil later';
  if (!Array.isArray(c.authorities)) return 'authorities must be an array';
  const ids = new Set<string>();
  for (const a of c.authorities) {
    if (typeof a?.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(a.id))
      return 'authority id must be kebab-case';
    if (typeof a.type !== 'string' || typeof a.name !== 'string')
      return `authority ${a.id} needs type and name`;
    if (ids.has(a.id)) return `authority ${a.id} listed twice`;
    ids.add(a.id);
  }
  if (!Array.isArray(c.keys) || c.keys.length === 0) return 'keys must be a non-empty array';
  for (const k of c.keys) {
    if (k?.use !== 'sig' && k?.use !== 'enc') return 'key use must be sig or enc';
    if (!isOkpPublicJwk(k.jwk, k.use === 'sig' ? 'Ed25519' : 'X25519')) return `key ${k.kid} has a bad jwk`;
    if (jwkThumbprint(k.jwk) !== k.kid) return `key ${k.kid} is not named by its thumbprint`;
    if (!['active', 'retired', 'revoked'].includes(k.status)) return `key ${k.kid} has a bad status`;
    if (!isInstant(k.notBefore) || (k.notAfter !== undefined && !isInstant(k.notAfter)))
      return `key ${k.kid} has a bad validity window`;
    if (k.authority !== undefined && !ids.has(k.authority)) return `key ${k.kid} names an unknown authority`;
  }
  return undefined;
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) && /T.*(Z|[+-]\d\d:\d\d)$/.test(value);
}
