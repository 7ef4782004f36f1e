/** This node's signed peer card, served at `GET /federation/v1/card`. */
import type { Clock } from '../../core/clock.js';
import { type HostedAuthority, type PeerCard, fingerprint, signPeerCard } from '../peers/peer-card.js';
import type { Keyring } from './keys-store.js';

/** Who this node is on the federation. */
export interface NodeIdentity {
  readonly nodeId: string;
  /** ISO 3166-1 alpha-2 code of the State served. */
  readonly state: string;
  /** Base URL; the inbox is `<url>/federation/v1/inbox`. */
  readonly url: string;
  readonly authorities: readonly HostedAuthority[];
}

/** How long a card stays valid: peers re-fetch it after this. */
export const CARD_VALIDITY_MS = 30 * 24 * 60 * 60_000;

/** Builds and signs the card listing every non-revoked key (retired ones verify old messages). */
export async function buildOwnCard(
  identity: NodeIdentity,
  keyring: Keyring,
  clock: Clock,
): Promise<{ compact: string; card: PeerCard; fingerprint: string }> {
  const now = clock.now();
  const card: PeerCard = {
    version: 1,
    nodeId: identity.nodeId,
    url: identity.url,
    state: identity.state,
    authorities: identity.authorities,
    keys: keyring.records,
    issuedAt: now.toISOString(),
    validUntil: new Date(now.getTime() + CARD_VALIDITY_MS).toISOString(),
  };
  const compact = await signPeerCard(card, keyring.signer());
  return { compact, card, fingerprint: fingerprint(card) };
}

/** The inbox URL of a node whose base URL is `url`. */
export function inboxUrl(url: string): string {
  return `${url.replace(/\/+$/, '')}/federation/v1/inbox`;
}
