/**
 * The directory vector (test/vectors/federation/directory.json, docs/FEDERATION.md §17): a
 * directory of four entries over the KE card and rotation of the other vectors and an FR card,
 * with every leaf hash, the root at each size, signed heads at sizes 2 and 4, an inclusion and a
 * consistency proof, a witness cosignature, the whole copy, and copies that must be refused with
 * their reason. Ed25519 signatures are deterministic, so the file is reproduced byte for byte.
 */
import { consistencyProof, inclusionProof, treeHash } from '../src/core/transparency/merkle.js';
import { b64u } from '../src/federation/crypto/base64url.js';
import type { KeyPair } from '../src/federation/crypto/key-pair.js';
import type { KeyRecord } from '../src/federation/crypto/key-record.js';
import { localSigner } from '../src/federation/crypto/signer.js';
import { type DirectoryDocument, headFor } from '../src/federation/directory/document.js';
import { type DirectoryEntry, entryBytes, entryLeaf } from '../src/federation/directory/entry.js';
import { cosignHead, signHead } from '../src/federation/directory/head.js';
import { type PeerCard, fingerprintOfKid, signPeerCard } from '../src/federation/peers/peer-card.js';

const ID = 'un-register';
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

export interface DirectoryVectorKeys {
  readonly directory: KeyPair;
  readonly witness: KeyPair;
  readonly frNodeSig: KeyPair;
  readonly other: KeyPair;
}

export async function buildDirectoryVector(
  k: DirectoryVectorKeys,
  keCard: string,
  keRotation: string,
  record: (pair: KeyPair, use: 'sig' | 'enc') => KeyRecord,
) {
  const frCard: PeerCard = {
    version: 1,
    nodeId: 'https://comity.fr.example',
    url: 'https://comity.fr.example',
    state: 'FR',
    authorities: [],
    keys: [record(k.frNodeSig, 'sig')],
    issuedAt: '2026-03-01T00:00:00.000Z',
    validUntil: '2026-06-01T00:00:00.000Z',
  };
  const entries: DirectoryEntry[] = [
    { kind: 'card', card: keCard },
    { kind: 'card', card: await signPeerCard(frCard, localSigner(k.frNodeSig)) },
    { kind: 'rotation', nodeId: 'https://comity.ke.example', announcement: keRotation },
    {
      kind: 'revocation',
      nodeId: 'https://comity.fr.example',
      reason: 'node decommissioned',
      revokedAt: '2026-05-01T00:00:00.000Z',
    },
  ];
  const leaves = entries.map(entryLeaf);
  const signer = localSigner(k.directory);
  const head2 = headFor(ID, leaves.slice(0, 2), new Date('2026-03-02T00:00:00.000Z'));
  const head4 = headFor(ID, leaves, new Date('2026-05-02T00:00:00.000Z'));
  const signed2 = await signHead(head2, signer);
  const signed4 = await signHead(head4, signer);
  const copy: DirectoryDocument = {
    version: 1,
    directory: { id: ID, name: 'Register of the States Parties (test vector)', key: k.directory.publicJwk },
    entries,
    head: signed4,
    cosignatures: [await cosignHead(head4, localSigner(k.witness), k.witness.publicJwk)],
  };
  // A KE card signed by a key the directory does not list for KE: breaks replay rule 2.
  const swapped = await signPeerCard(
    {
      ...frCard,
      nodeId: 'https://comity.ke.example',
      url: 'https://comity.ke.example',
      state: 'KE',
      keys: [record(k.other, 'sig')],
    },
    localSigner(k.other),
  );
  const swappedEntries: DirectoryEntry[] = [...entries.slice(0, 2), { kind: 'card', card: swapped }];
  const forkEntries: DirectoryEntry[] = [entries[1]!, entries[0]!, ...entries.slice(2)];
  const [h, p] = signed4.split('.');
  return {
    description:
      'A directory (§17) of four entries signed by keys.directorySig, cosigned by keys.witnessSig. Leaves are SHA-256(0x00 || canonical JSON); roots are RFC 9162 MTH; proofs are RFC 9162 inclusion and consistency proofs, base64url. Verify the copy with directoryKeyFingerprint; the rejections must be refused with their reason, the inconsistent one against head2.',
    directoryKeyFingerprint: fingerprintOfKid(k.directory.kid),
    witnessKid: k.witness.kid,
    entries: entries.map((entry, index) => ({
      index,
      entry,
      canonicalJson: Buffer.from(entryBytes(entry)).toString('utf8'),
      leafHex: hex(leaves[index]!),
    })),
    roots: [1, 2, 3, 4].map((size) => ({ size, rootHex: hex(treeHash(leaves.slice(0, size))) })),
    head2: { statement: head2, compact: signed2 },
    head4: { statement: head4, compact: signed4 },
    inclusion: { index: 1, size: 4, proof: inclusionProof(leaves, 1).map(b64u) },
    consistency: { from: 2, to: 4, proof: consistencyProof(leaves, 2).map(b64u) },
    copy,
    listing: {
      'https://comity.ke.example': { signingKid: 'keys.keNodeSigNext', revoked: false },
      'https://comity.fr.example': { revoked: true },
    },
    rejections: [
      { reason: 'bad_signature', copy: { ...copy, head: `${h}.${p}.${b64u(Buffer.alloc(64))}` } },
      { reason: 'root_mismatch', copy: { ...copy, entries: entries.slice(0, 3) } },
      {
        reason: 'inconsistent',
        previous: { size: 2, root: head2.root },
        copy: {
          ...copy,
          entries: forkEntries,
          head: await signHead(
            headFor(ID, forkEntries.map(entryLeaf), new Date('2026-05-02T00:00:00.000Z')),
            signer,
          ),
          cosignatures: [],
        },
      },
      {
        reason: 'bad_entry',
        copy: {
          ...copy,
          entries: swappedEntries,
          head: await signHead(
            headFor(ID, swappedEntries.map(entryLeaf), new Date('2026-05-02T00:00:00.000Z')),
            signer,
          ),
          cosignatures: [],
        },
      },
      { reason: 'quorum', quorum: 2, copy },
    ],
  };
}
