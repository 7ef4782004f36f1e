/**
 * This node's key pairs in `federation_keys`: an Ed25519 signing key and an X25519 encryption
 * key for the node and for each hosted authority, the private halves sealed at rest. Rotation
 * retires the old pair (it stays listed, so messages made before the rotation still verify and
 * envelopes sealed to the old encryption key still open) and records an announcement of the
 * new key signed by the old one, which outgoing batches carry to peers.
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import type { CommandContext } from '../../core/context.js';
import { runCommand } from '../../storage/command.js';
import type { Database, Tx } from '../../storage/database.js';
import type { FederationKeysTable } from '../../storage/schema.js';
import { announceKeyRotation } from '../crypto/key-rotation.js';
import { type ScryptParams, openSealedKey, sealPrivateKey } from '../crypto/key-at-rest.js';
import { type KeyPair, generateKeyPair } from '../crypto/key-pair.js';
import type { KeyRecord, KeyUse } from '../crypto/key-record.js';
import { type Decrypter, type Signer, localDecrypter, localSigner } from '../crypto/signer.js';
import { DomainError } from '../../core/errors.js';

/** This node's keys, opened: public records to publish, signers and decrypters to use. */
export interface Keyring {
  /** Every key not revoked, newest first (what the peer card lists). */
  readonly records: readonly KeyRecord[];
  /** Signers by kid, for every non-revoked signing key. */
  readonly signers: ReadonlyMap<string, Signer>;
  /** Every X25519 key that may still receive (current and retired). */
  readonly decrypters: readonly Decrypter[];
  /** Announcements introducing the current keys, signed by the keys they replaced. */
  readonly announcements: readonly string[];
  /** The current signing key of the node (authority absent) or of a hosted authority. */
  signer(authority?: string): Signer;
}

export interface KeyStoreOptions {
  /** The secret sealing private keys (COMITY_KEY_SECRET or node.secret). */
  readonly secret: string;
  /** scrypt cost; lowered only in tests, where nodes start by the dozen. */
  readonly scrypt?: ScryptParams;
}

const NODE = '';

/**
 * Makes sure the node and every hosted authority have an active key pair (first start), then
 * opens the keyring. Creating keys is audited as `federation.keys.generate`.
 */
export async function ensureKeyring(
  database: Database,
  ctx: CommandContext,
  nodeId: string,
  authorities: readonly string[],
  options: KeyStoreOptions,
): Promise<Keyring> {
  const rows = await database.db
    .selectFrom('federation_keys')
    .selectAll()
    .where('status', '=', 'active')
    .execute();
  const missing = [NODE, ...authorities].filter(
    (party) => !rows.some((r) => r.authority === party && r.use === 'sig'),
  );
  if (missing.length > 0) {
    // Sealing costs a scrypt derivation per key: done before the transaction, not inside it.
    const fresh = await Promise.all(
      missing.map(async (party) => ({ party, pairs: await sealedPairs(options) })),
    );
    await runCommand(database, ctx, async (tx) => {
      const audit: AuditEntry[] = [];
      for (const { party, pairs } of fresh) {
        // Another instance may have won the race since the read above: keep its keys.
        const existing = await tx.db
          .selectFrom('federation_keys')
          .select('kid')
          .where('authority', '=', party)
          .where('status', '=', 'active')
          .executeTakeFirst();
        if (existing) continue;
        await insertPairs(tx, ctx, party, pairs, null);
        audit.push(keyAudit(ctx, 'federation.keys.generate', nodeId, party, pairs));
      }
      if (audit.length === 0)
        audit.push({
          actor: ctx.actor,
          action: 'federation.keys.checked',
          subjectType: 'node',
          subjectId: nodeId,
        });
      return { value: undefined, audit };
    });
  }
  return loadKeyring(database, options);
}

/** Opens every non-revoked key of this node. */
export async function loadKeyring(database: Database, options: KeyStoreOptions): Promise<Keyring> {
  const rows = await database.db
    .selectFrom('federation_keys')
    .selectAll()
    .where('status', '!=', 'revoked')
    .orderBy('not_before', 'desc')
    .execute();
  const pairs = await Promise.all(rows.map((r) => openSealedKey(r.sealed, options.secret)));
  const signers = new Map<string, Signer>();
  const decrypters: Decrypter[] = [];
  pairs.forEach((pair, i) => {
    if (rows[i]?.use === 'sig') signers.set(pair.kid, localSigner(pair));
    else decrypters.push(localDecrypter(pair));
  });
  const records = rows.map(toRecord);
  return {
    records,
    signers,
    decrypters,
    announcements: rows
      .filter((r) => r.status === 'active' && r.announcement)
      .map((r) => r.announcement as string),
    signer(authority?: string) {
      const row = rows.find(
        (r) => r.use === 'sig' && r.status === 'active' && r.authority === (authority ?? NODE),
      );
      const signer = row && signers.get(row.kid);
      if (!signer)
        throw new DomainError('signing_key_missing', `no active signing key for ${authority ?? 'the node'}`);
      return signer;
    },
  };
}

/**
 * Rotates the key pair of the node (or of one hosted authority): the old pair is retired at
 * this instant and stays verifiable; the new one is announced under the old signing key.
 */
export async function rotateKeys(
  database: Database,
  ctx: CommandContext,
  nodeId: string,
  options: KeyStoreOptions & { readonly authority?: string },
): Promise<Keyring> {
  const party = options.authority ?? NODE;
  const current = await loadKeyring(database, options);
  const oldSigner = current.signer(options.authority);
  const pairs = await sealedPairs(options);
  await runCommand(database, ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    await tx.db
      .updateTable('federation_keys')
      .set({ status: 'retired', not_after: now })
      .where('authority', '=', party)
      .where('status', '=', 'active')
      .execute();
    const announce = (pair: KeyPair, use: KeyUse) =>
      announceKeyRotation({
        signer: oldSigner,
        nodeId,
        next: {
          kid: pair.kid,
          use,
          jwk: pair.publicJwk,
          ...(options.authority === undefined ? {} : { authority: options.authority }),
          notBefore: now,
          status: 'active',
        },
        previousNotAfter: new Date(now),
        // Both announcements are made at the instant the old key retires: announced a moment
        // later (a real clock moves between the two), the second would be signed by a key no
        // longer valid and a peer applying the first would refuse it.
        clock: { now: () => new Date(now) },
      });
    await insertPairs(tx, ctx, party, pairs, {
      sig: await announce(pairs.sig.pair, 'sig'),
      enc: await announce(pairs.enc.pair, 'enc'),
    });
    return {
      value: undefined,
      audit: keyAudit(ctx, 'federation.keys.rotate', nodeId, party, pairs, { previousKid: oldSigner.keyId }),
    };
  });
  return loadKeyring(database, options);
}

interface SealedPair {
  readonly pair: KeyPair;
  readonly sealed: string;
}

async function sealedPairs(options: KeyStoreOptions): Promise<{ sig: SealedPair; enc: SealedPair }> {
  const seal = async (pair: KeyPair): Promise<SealedPair> => ({
    pair,
    sealed: JSON.stringify(
      await sealPrivateKey(pair, options.secret, options.scrypt ? { scrypt: options.scrypt } : {}),
    ),
  });
  const [sig, enc] = await Promise.all([seal(generateKeyPair('Ed25519')), seal(generateKeyPair('X25519'))]);
  return { sig, enc };
}

async function insertPairs(
  tx: Tx,
  ctx: CommandContext,
  party: string,
  pairs: { sig: SealedPair; enc: SealedPair },
  announcements: { sig: string; enc: string } | null,
): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await tx.db
    .insertInto('federation_keys')
    .values(
      (['sig', 'enc'] as const).map((use) => ({
        kid: pairs[use].pair.kid,
        use,
        authority: party,
        public_jwk: JSON.stringify(pairs[use].pair.publicJwk),
        sealed: pairs[use].sealed,
        not_before: now,
        not_after: null,
        status: 'active' as const,
        announcement: announcements?.[use] ?? null,
        created_at: now,
      })),
    )
    .execute();
}

function keyAudit(
  ctx: CommandContext,
  action: string,
  nodeId: string,
  party: string,
  pairs: { sig: SealedPair; enc: SealedPair },
  extra: Record<string, unknown> = {},
): AuditEntry {
  return {
    actor: ctx.actor,
    action,
    subjectType: 'federation_key',
    subjectId: pairs.sig.pair.kid,
    details: {
      node: nodeId,
      ...(party === NODE ? {} : { authority: party }),
      signingKid: pairs.sig.pair.kid,
      encryptionKid: pairs.enc.pair.kid,
      ...extra,
    },
  };
}

function toRecord(row: FederationKeysTable): KeyRecord {
  return {
    kid: row.kid,
    use: row.use,
    jwk: JSON.parse(row.public_jwk),
    ...(row.authority === NODE ? {} : { authority: row.authority }),
    notBefore: row.not_before,
    ...(row.not_after ? { notAfter: row.not_after } : {}),
    status: row.status,
  };
}
