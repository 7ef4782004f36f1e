/**
 * The key set of one node: a signing and an encryption key for the node itself and for each
 * authority it hosts (a central authority and a 24/7 point of contact may sit on one node yet be
 * addressed, and accountable, separately).
 */
import { generateKeyPair, type KeyPair } from './key-pair.js';
import type { KeyRecord } from './key-record.js';

export interface PartyKeys {
  readonly signing: KeyPair;
  readonly encryption: KeyPair;
}

export interface NodeKeys {
  readonly node: PartyKeys;
  readonly authorities: Readonly<Record<string, PartyKeys>>;
}

/** Generates fresh keys for a node and the authorities it hosts. */
export function generateNodeKeys(authorityIds: readonly string[]): NodeKeys {
  const party = (): PartyKeys => ({
    signing: generateKeyPair('Ed25519'),
    encryption: generateKeyPair('X25519'),
  });
  return { node: party(), authorities: Object.fromEntries(authorityIds.map((id) => [id, party()])) };
}

/** The public key records to publish for a key set, all active from `notBefore`. */
export function publicKeyRecords(keys: NodeKeys, notBefore: Date, notAfter?: Date): KeyRecord[] {
  const window = {
    notBefore: notBefore.toISOString(),
    ...(notAfter ? { notAfter: notAfter.toISOString() } : {}),
    status: 'active' as const,
  };
  const records = (party: PartyKeys, authority?: string): KeyRecord[] =>
    (['signing', 'encryption'] as const).map((role) => ({
      kid: party[role].kid,
      use: role === 'signing' ? 'sig' : 'enc',
      jwk: party[role].publicJwk,
      ...(authority === undefined ? {} : { authority }),
      ...window,
    }));
  return [
    ...records(keys.node),
    ...Object.entries(keys.authorities).flatMap(([id, party]) => records(party, id)),
  ];
}
