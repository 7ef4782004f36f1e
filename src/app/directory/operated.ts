/**
 * Directories this node operates (the Secretariat's register of the States' nodes, a regional
 * body's, a State's own): creating one with its own key, appending cards, revocations and the
 * changes listed nodes published since, each append signed as a new head; and taking witnesses'
 * cosignatures of the current head.
 */
import type { CommandContext } from '../../core/context.js';
import { ConflictError, DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import { canonicalJson } from '../../core/canonical-json.js';
import { jwkThumbprint } from '../../federation/crypto/jwk.js';
import { peekJwsMember } from '../../federation/crypto/jws.js';
import { peekRotationNext } from '../../federation/crypto/key-rotation.js';
import { generateKeyPair } from '../../federation/crypto/key-pair.js';
import { localSigner } from '../../federation/crypto/signer.js';
import { headFor } from '../../federation/directory/document.js';
import { type DirectoryEntry, entryLeaf } from '../../federation/directory/entry.js';
import { DIRECTORY_ID, cosignatureWitness, readHead, signHead } from '../../federation/directory/head.js';
import { peekNodeId, replayEntries } from '../../federation/directory/listing.js';
import {
  type DirectoryRecord,
  appendEntries,
  findDirectory,
  insertDirectory,
  readEntries,
  recordHead,
  setCosignatures,
} from '../../federation/directory/store.js';
import { fingerprintOfKid, verifyPeerCard } from '../../federation/peers/peer-card.js';
import { CARD_PATH } from '../../federation/transport/batch.js';
import { runCommand } from '../../storage/command.js';
import type { AppDeps } from '../deps.js';
import { fetchJson } from './fetch-json.js';
import { requireFederation } from '../require-federation.js';

export async function requireOperated(deps: AppDeps, id: string): Promise<DirectoryRecord> {
  const directory = await findDirectory(deps.database.db, id);
  if (!directory) throw new NotFoundError('directory', id);
  if (directory.role !== 'operated' || !directory.sealedKey)
    throw new ConflictError(
      'directory_not_operated',
      `this node does not operate ${id}; only its operator appends to it`,
    );
  return directory;
}

/** Creates a directory with a fresh key, sealed like the node's own, and signs its empty head. */
export async function createDirectory(
  deps: AppDeps,
  ctx: CommandContext,
  input: { readonly id: string; readonly name: string },
): Promise<{ directory: DirectoryRecord; fingerprint: string }> {
  const federation = requireFederation(deps);
  if (!DIRECTORY_ID.test(input.id))
    throw new ValidationError(
      `directory id ${input.id} must be lower-case letters, digits, dots and hyphens`,
      [{ path: '/body/id', message: 'not a directory id' }],
    );
  if (input.name.trim() === '' || input.name.length > 200)
    throw new ValidationError('a directory needs a name of at most 200 characters', [
      { path: '/body/name', message: 'required' },
    ]);
  const pair = generateKeyPair('Ed25519');
  const sealed = await federation.sealKey(pair);
  const head = await signHead(headFor(input.id, [], ctx.clock.now()), localSigner(pair));
  const fingerprint = fingerprintOfKid(pair.kid);
  const directory = await runCommand(deps.database, ctx, async (tx) => {
    if (await findDirectory(tx.db, input.id))
      throw new ConflictError(
        'directory_exists',
        `the directory ${input.id} is already trusted or operated here`,
      );
    const now = ctx.clock.now().toISOString();
    await insertDirectory(
      tx,
      {
        id: input.id,
        role: 'operated',
        name: input.name.trim(),
        source: null,
        key: pair.publicJwk,
        keyKid: jwkThumbprint(pair.publicJwk),
        sealedKey: sealed,
      },
      now,
    );
    const read = readHead(head)?.head;
    await recordHead(tx, input.id, { compact: head, size: 0, root: read?.root ?? '' }, [], now);
    return {
      value: (await findDirectory(tx.db, input.id)) as DirectoryRecord,
      audit: {
        actor: ctx.actor,
        action: 'federation.directory.create',
        subjectType: 'directory',
        subjectId: input.id,
        details: { name: input.name, fingerprint },
      },
    };
  });
  return { directory, fingerprint };
}

export interface CardToList {
  readonly card: string;
  /** Required for a node not listed yet: the fingerprint its administrators read out. */
  readonly fingerprint?: string;
}

export interface AppendInput {
  readonly cards?: readonly CardToList[];
  readonly revocations?: readonly { readonly nodeId: string; readonly reason: string }[];
  /** Key-rotation announcements of listed nodes, appended before the cards. */
  readonly rotations?: readonly { readonly nodeId: string; readonly announcement: string }[];
}

/**
 * Orders announcements so that each comes after the one introducing the key that signs it
 * (a node's encryption rotation may be signed by its new signing key). Announcements signed by
 * no key known or introduced are left at the end, where the chain rule will refuse them.
 */
function inSigningOrder(announcements: readonly string[], known: Set<string>): string[] {
  const left = [...announcements];
  const ordered: string[] = [];
  while (left.length > 0) {
    const i = left.findIndex((a) => known.has(peekSigningKid(a) ?? ''));
    if (i < 0) return [...ordered, ...left];
    const [next] = left.splice(i, 1) as [string];
    ordered.push(next);
    const kid = peekRotationNext(next);
    if (kid) known.add(kid);
  }
  return ordered;
}

function peekSigningKid(announcement: string): string | undefined {
  const kid = peekJwsMember(announcement, 'kid', 0);
  return typeof kid === 'string' ? kid : undefined;
}

/**
 * Appends entries and signs the new head. A node's first card needs its fingerprint confirmed
 * out of band — the one hand check per State the directory exists to concentrate; later cards
 * must be signed by a key already listed. Nothing is appended unless every entry holds.
 */
export async function appendToDirectory(
  deps: AppDeps,
  ctx: CommandContext,
  id: string,
  input: AppendInput,
): Promise<{ directory: DirectoryRecord; appended: number }> {
  const directory = await requireOperated(deps, id);
  const entries = await readEntries(deps.database.db, id);
  const replay = await replayEntries(entries);
  if (!replay.ok)
    throw new DomainError('internal_error', `directory ${id} does not replay: ${replay.detail}`);
  const added: DirectoryEntry[] = (input.rotations ?? []).map((r) => ({
    kind: 'rotation' as const,
    nodeId: r.nodeId,
    announcement: r.announcement,
  }));
  const refuse = (message: string, path: string) =>
    new ValidationError(message, [{ path, message }], 'directory_entry_refused');
  for (const [i, { card, fingerprint }] of (input.cards ?? []).entries()) {
    const nodeId = peekNodeId(card);
    const listed = nodeId ? replay.nodes.get(nodeId) : undefined;
    if (listed && !listed.revoked && listed.compact === card) continue;
    if (!listed || listed.revoked) {
      if (!fingerprint)
        throw refuse(
          `${nodeId ?? 'the card'} is not listed yet: its fingerprint, confirmed out of band, is required`,
          `/body/cards/${i}/fingerprint`,
        );
      const verified = await verifyPeerCard(card, { clock: ctx.clock, expectedFingerprint: fingerprint });
      if (!verified.ok)
        throw refuse(`card ${i} refused (${verified.reason}): ${verified.detail}`, `/body/cards/${i}`);
    }
    added.push({ kind: 'card', card });
  }
  for (const r of input.revocations ?? [])
    added.push({
      kind: 'revocation',
      nodeId: r.nodeId,
      reason: r.reason,
      revokedAt: ctx.clock.now().toISOString(),
    });
  if (added.length === 0) return { directory, appended: 0 };
  const checked = await replayEntries(added, replay.nodes, entries.length);
  if (!checked.ok) throw refuse(`entry ${checked.index} refused: ${checked.detail}`, '/body');
  const all = [...entries, ...added];
  const signer = localSigner(await requireFederation(deps).openKey(directory.sealedKey as string));
  const statement = headFor(id, all.map(entryLeaf), ctx.clock.now());
  const head = await signHead(statement, signer);
  const updated = await runCommand(deps.database, ctx, async (tx) => {
    const fresh = await findDirectory(tx.db, id);
    if (fresh?.size !== entries.length)
      throw new ConflictError('directory_exists', `directory ${id} changed meanwhile; try again`);
    await appendEntries(tx, id, entries.length, added);
    await recordHead(
      tx,
      id,
      { compact: head, size: statement.size, root: statement.root },
      [],
      ctx.clock.now().toISOString(),
    );
    return {
      value: (await findDirectory(tx.db, id)) as DirectoryRecord,
      audit: {
        actor: ctx.actor,
        action: 'federation.directory.publish',
        subjectType: 'directory',
        subjectId: id,
        details: {
          appended: added.length,
          size: statement.size,
          root: statement.root,
          kinds: added.map((e) => e.kind),
        },
      },
    };
  });
  return { directory: updated, appended: added.length };
}

/** What a node's card says, less the instants that change at every signing. */
function substance(card: string): string | undefined {
  try {
    const {
      issuedAt: _i,
      validUntil: _v,
      ...rest
    } = JSON.parse(Buffer.from(card.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return canonicalJson(rest);
  } catch {
    return undefined;
  }
}

/**
 * Fetches every listed node's current card and appends those whose keys, address or
 * authorities changed (a rotation, a new authority). A card that fails the chain rule is
 * reported and not appended; the others go on.
 */
export async function collectListedCards(
  deps: AppDeps,
  ctx: CommandContext,
  id: string,
  options: { readonly fetch?: typeof fetch; readonly timeoutMs?: number } = {},
): Promise<{ appended: number; unchanged: number; failed: { nodeId: string; reason: string }[] }> {
  await requireOperated(deps, id);
  const replay = await replayEntries(await readEntries(deps.database.db, id));
  if (!replay.ok)
    throw new DomainError('internal_error', `directory ${id} does not replay: ${replay.detail}`);
  const failed: { nodeId: string; reason: string }[] = [];
  let unchanged = 0;
  let appended = 0;
  for (const node of replay.nodes.values()) {
    if (node.revoked) continue;
    let fetched: { card?: unknown; announcements?: unknown };
    try {
      fetched = (await fetchJson(`${node.url.replace(/\/+$/, '')}${CARD_PATH}`, {
        ...options,
        maxBytes: 256 * 1024,
      })) as typeof fetched;
    } catch (error) {
      failed.push({ nodeId: node.nodeId, reason: (error as Error).message });
      continue;
    }
    const card = fetched.card;
    if (typeof card !== 'string' || substance(card) === substance(node.compact)) {
      unchanged++;
      continue;
    }
    // A card signed by a rotated key is listed after the announcements that introduce it, each
    // announcement after the one introducing the key that signs it.
    const rotations = inSigningOrder(
      (Array.isArray(fetched.announcements) ? fetched.announcements : [])
        .filter((a): a is string => typeof a === 'string')
        .filter((a) => {
          const next = peekRotationNext(a);
          return next !== undefined && !node.keys.some((k) => k.kid === next);
        }),
      new Set(node.keys.map((k) => k.kid)),
    );
    try {
      appended += (
        await appendToDirectory(deps, ctx, id, {
          rotations: rotations.map((announcement) => ({ nodeId: node.nodeId, announcement })),
          cards: [{ card }],
        })
      ).appended;
    } catch (error) {
      failed.push({ nodeId: node.nodeId, reason: (error as Error).message });
    }
  }
  return { appended, unchanged, failed };
}

/** Keeps a witness's cosignature of the current head; one of any other head is refused. */
export async function acceptCosignature(
  deps: AppDeps,
  ctx: CommandContext,
  id: string,
  cosignature: string,
): Promise<{ witness: string; count: number }> {
  const directory = await requireOperated(deps, id);
  const head = directory.head ? readHead(directory.head)?.head : undefined;
  const witness = head ? cosignatureWitness(cosignature, head) : undefined;
  if (!head || !witness)
    throw new ValidationError('the cosignature does not verify, or is not of the current head', [
      { path: '/body/cosignature', message: 'not a cosignature of the current head' },
    ]);
  return runCommand(deps.database, ctx, async (tx) => {
    const fresh = (await findDirectory(tx.db, id)) as DirectoryRecord;
    if (fresh.head !== directory.head)
      throw new ValidationError('the head changed meanwhile: cosign the new one', [
        { path: '/body/cosignature', message: 'stale head' },
      ]);
    const known = fresh.cosignatures.includes(cosignature);
    const list = known ? fresh.cosignatures : [...fresh.cosignatures, cosignature].slice(-64);
    if (!known) await setCosignatures(tx, id, list);
    return {
      value: { witness: fingerprintOfKid(witness), count: list.length },
      audit: {
        actor: { type: 'peer', id: fingerprintOfKid(witness) },
        action: 'federation.directory.cosigned',
        subjectType: 'directory',
        subjectId: id,
        details: { size: head.size, root: head.root, witness },
      },
    };
  });
}
