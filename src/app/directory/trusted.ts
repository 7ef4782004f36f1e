/**
 * Directories this node trusts: adding one (the single fingerprint an administrator compares
 * by hand — the directory key's — instead of one per State), refreshing it from its operator or
 * any mirror, and asking peers which head they hold, so an operator that shows one State a
 * different list than another is caught.
 */
import type { CommandContext } from '../../core/context.js';
import { ConflictError, DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import { jwkThumbprint } from '../../federation/crypto/jwk.js';
import type { DirectoryDocument } from '../../federation/directory/document.js';
import { entryLeaf } from '../../federation/directory/entry.js';
import { cosignHead, readHead } from '../../federation/directory/head.js';
import { directoryUrl } from '../../federation/directory/paths.js';
import { type HeadReport, checkReportedHead } from '../../federation/directory/proofs.js';
import {
  type DirectoryRecord,
  findDirectory,
  insertDirectory,
  readEntries,
  recordHead,
  resolveAlerts,
} from '../../federation/directory/store.js';
import { fingerprintOfKid } from '../../federation/peers/peer-card.js';
import { listPeers } from '../../federation/peers/peers-store.js';
import { runCommand } from '../../storage/command.js';
import type { AppDeps } from '../deps.js';
import { FetchJsonError, fetchJson } from './fetch-json.js';
import {
  type CopyOutcome,
  acceptCopy,
  optionsFor,
  refuseCopy,
  refusedError,
  verifyDirectory,
} from './verify-copy.js';

const normalize = (print: string) => print.replace(/[\s:-]/g, '').toUpperCase();

export interface AddDirectoryInput {
  /** The URL of the directory's document (an operator's or a mirror's). */
  readonly source?: string;
  /** Or the document itself, handed over as a file. */
  readonly document?: DirectoryDocument;
  /** The directory key's fingerprint, confirmed out of band. */
  readonly fingerprint: string;
  /** Fingerprints of witness keys whose cosignatures count, and how many are required. */
  readonly witnesses?: readonly string[];
  readonly quorum?: number;
  /** Cosign every head accepted, as a witness for others. */
  readonly cosign?: boolean;
}

export interface FetchOptions {
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

async function download(url: string, options: FetchOptions): Promise<DirectoryDocument> {
  try {
    return (await fetchJson(url, options)) as DirectoryDocument;
  } catch (error) {
    if (error instanceof FetchJsonError)
      throw new DomainError('directory_unreachable', `the directory could not be fetched: ${error.message}`);
    throw error;
  }
}

/** Trusts a directory: its key must have the fingerprint confirmed, and the copy must verify. */
export async function addDirectory(
  deps: AppDeps,
  ctx: CommandContext,
  input: AddDirectoryInput,
  options: FetchOptions = {},
): Promise<{ directory: DirectoryRecord; outcome: CopyOutcome & { ok: true } }> {
  if (!input.document && !input.source) throw new ValidationError('a directory URL or document is required');
  if (input.source && !/^https?:\/\//i.test(input.source))
    throw new ValidationError('the directory source must be an http(s) URL', [
      { path: '/body/source', message: 'not an http(s) URL' },
    ]);
  const doc = input.document ?? (await download(input.source as string, options));
  const key = doc?.directory?.key;
  let print: string;
  try {
    print = fingerprintOfKid(jwkThumbprint(key));
  } catch {
    throw refusedError({ reason: 'malformed', detail: 'the document carries no directory key' });
  }
  if (normalize(print) !== normalize(input.fingerprint))
    throw new ValidationError(
      `the directory key's fingerprint is ${print}, not the one confirmed`,
      [{ path: '/body/fingerprint', message: `the directory key's fingerprint is ${print}` }],
      'directory_fingerprint_mismatch',
    );
  const witnesses = (input.witnesses ?? []).map((w) => {
    const hex = normalize(w);
    if (!/^[0-9A-F]{64}$/.test(hex))
      throw new ValidationError(`witness ${w} is not a key fingerprint (64 hex digits)`, [
        { path: '/body/witnesses', message: 'not a fingerprint' },
      ]);
    return Buffer.from(hex, 'hex').toString('base64url');
  });
  const quorum = input.quorum ?? 0;
  if (!Number.isInteger(quorum) || quorum < 0 || quorum > witnesses.length)
    throw new ValidationError(`a quorum of ${quorum} needs at least as many witnesses`, [
      { path: '/body/quorum', message: 'more than the witnesses named' },
    ]);
  const verified = await verifyDirectory(doc, { key, witnesses, quorum });
  if (!verified.ok) throw refusedError(verified);
  const id = doc.directory.id;
  const draft = await runCommand(deps.database, ctx, async (tx) => {
    if (await findDirectory(tx.db, id))
      throw new ConflictError('directory_exists', `the directory ${id} is already trusted or operated here`);
    await insertDirectory(
      tx,
      {
        id,
        role: 'trusted',
        name: doc.directory.name,
        source: input.source ?? null,
        key,
        keyKid: jwkThumbprint(key),
        witnesses,
        quorum,
        cosign: input.cosign === true,
      },
      ctx.clock.now().toISOString(),
    );
    return {
      value: (await findDirectory(tx.db, id)) as DirectoryRecord,
      audit: {
        actor: ctx.actor,
        action: 'federation.directory.add',
        subjectType: 'directory',
        subjectId: id,
        details: { source: input.source ?? 'file', fingerprint: print, witnesses: witnesses.length, quorum },
      },
    };
  });
  const outcome = await acceptCopy(deps, ctx, draft, doc, verified, 'federation.directory.update');
  if (draft.cosign) await cosignAccepted(deps, ctx, id, options);
  return { directory: (await findDirectory(deps.database.db, id)) as DirectoryRecord, outcome };
}

export async function requireTrusted(deps: AppDeps, id: string): Promise<DirectoryRecord> {
  const directory = await findDirectory(deps.database.db, id);
  if (directory?.role !== 'trusted') throw new NotFoundError('directory', id);
  return directory;
}

/**
 * Fetches a newer copy — from the operator, else from the mirrors of active peers (a message
 * never waits on the operator being up) — and takes it if it verifies against the head held.
 */
export async function refreshDirectory(
  deps: AppDeps,
  ctx: CommandContext,
  id: string,
  options: FetchOptions & { readonly from?: string; readonly document?: DirectoryDocument } = {},
): Promise<CopyOutcome & { readonly source: string }> {
  const directory = await requireTrusted(deps, id);
  const places = options.document
    ? ['file']
    : [
        ...(options.from ? [options.from] : directory.source ? [directory.source] : []),
        ...(options.from
          ? []
          : (await listPeers(deps.database))
              .filter((p) => p.status === 'active')
              .map((p) => directoryUrl(p.url, id))),
      ].slice(0, 6);
  const reasons: string[] = [];
  let current: { doc: DirectoryDocument; source: string } | undefined;
  // The first copy that verifies and has grown is taken; one that only matches the head held
  // ends the search when it came from the operator, else the next mirror may be further along.
  for (const place of places) {
    let doc: DirectoryDocument;
    try {
      doc = options.document ?? (await download(place, options));
    } catch (error) {
      reasons.push((error as Error).message);
      continue;
    }
    const verified = await verifyDirectory(doc, optionsFor(directory));
    if (!verified.ok) {
      if (verified.reason === 'inconsistent' || place === places[0])
        return {
          ...(await refuseCopy(deps, ctx, directory, verified, place, { offered: doc.head })),
          source: place,
        };
      reasons.push(`${place}: ${verified.reason}`);
      continue;
    }
    if (verified.head.size > directory.size) {
      const outcome = await acceptCopy(deps, ctx, directory, doc, verified, 'federation.directory.update');
      if (directory.cosign) await cosignAccepted(deps, ctx, id, options);
      return { ...outcome, source: place };
    }
    current ??= { doc, source: place };
    if (place === directory.source) break;
  }
  if (!current)
    throw new DomainError(
      'directory_unreachable',
      `no copy of ${id} could be fetched: ${reasons.join('; ') || 'no source known'}`,
    );
  const { doc, source } = current;
  // Nothing new: note when the copy was last checked, and cosignatures that arrived since.
  // Bookkeeping, not a change of trust, so it is not an audit event.
  await deps.database.transact((tx) =>
    recordHead(
      tx,
      id,
      { compact: doc.head, size: directory.size, root: directory.root },
      doc.cosignatures,
      ctx.clock.now().toISOString(),
      directory.status === 'split_view' ? 'split_view' : 'ok',
    ),
  );
  return {
    ok: true,
    size: directory.size,
    grew: 0,
    changes: { added: [], updated: [], revoked: [], conflicts: [], audit: [] },
    source,
  };
}

export interface GossipOutcome {
  readonly asked: number;
  readonly same: number;
  readonly behind: number;
  readonly ahead: number;
  readonly splitViews: readonly string[];
}

/**
 * Asks up to `sample` active peers which head of the directory they hold. A head signed by the
 * directory key that does not extend (or is not a prefix of) the one held here proves the
 * operator signed two histories: a split view, alerted with both heads. A peer ahead is a
 * mirror to refresh from.
 */
export async function gossipDirectory(
  deps: AppDeps,
  ctx: CommandContext,
  id: string,
  options: FetchOptions & { readonly sample?: number; readonly random?: () => number } = {},
): Promise<GossipOutcome> {
  const directory = await requireTrusted(deps, id);
  const mine = directory.head ? readHead(directory.head)?.head : undefined;
  if (!mine) return { asked: 0, same: 0, behind: 0, ahead: 0, splitViews: [] };
  const leaves = (await readEntries(deps.database.db, id)).map(entryLeaf);
  const random = options.random ?? Math.random;
  const peers = (await listPeers(deps.database))
    .filter((p) => p.status === 'active')
    .map((p) => ({ p, k: random() }))
    .sort((a, b) => a.k - b.k)
    .slice(0, options.sample ?? 8)
    .map(({ p }) => p);
  const tally = { asked: 0, same: 0, behind: 0, ahead: 0 };
  const splitViews: string[] = [];
  let mirror: string | undefined;
  for (const peer of peers) {
    let report: HeadReport;
    try {
      report = (await fetchJson(`${directoryUrl(peer.url, id)}/head?from=${mine.size}`, {
        ...options,
        maxBytes: 1024 * 1024,
      })) as HeadReport;
    } catch {
      continue; // Not every peer mirrors every directory, and a peer may be down.
    }
    tally.asked++;
    const checked = checkReportedHead(report, directory.key, mine, leaves);
    if (checked.ok) {
      tally[checked.relation ?? 'same']++;
      if (checked.relation === 'ahead') mirror ??= directoryUrl(peer.url, id);
      continue;
    }
    if (checked.reason !== 'inconsistent') continue;
    splitViews.push(peer.nodeId);
    await refuseCopy(deps, ctx, directory, checked, peer.nodeId, {
      reported: report.head,
      proof: report.proof ?? [],
      from: report.from ?? null,
    });
  }
  if (mirror && splitViews.length === 0)
    await refreshDirectory(deps, ctx, id, { ...options, from: mirror }).catch(() => undefined);
  return { ...tally, splitViews };
}

/** Signs the head held with this node's key and hands it to the operator, as a witness. */
export async function cosignAccepted(
  deps: AppDeps,
  ctx: CommandContext,
  id: string,
  options: FetchOptions = {},
): Promise<string | undefined> {
  const federation = deps.federation;
  const directory = await findDirectory(deps.database.db, id);
  const head = directory?.head ? readHead(directory.head)?.head : undefined;
  if (!federation || !directory || !head) return undefined;
  const signer = federation.keyring.signer();
  const jwk = federation.keyring.records.find((k) => k.kid === signer.keyId)?.jwk;
  if (!jwk) return undefined;
  const cosignature = await cosignHead(head, signer, jwk);
  await runCommand(deps.database, ctx, async (tx) => {
    const fresh = (await findDirectory(tx.db, id)) as DirectoryRecord;
    if (fresh.head === directory.head && !fresh.cosignatures.includes(cosignature))
      await recordHead(
        tx,
        id,
        { compact: fresh.head as string, size: fresh.size, root: fresh.root },
        [...fresh.cosignatures, cosignature].slice(-64),
        fresh.verifiedAt ?? ctx.clock.now().toISOString(),
        fresh.status,
      );
    return {
      value: undefined,
      audit: {
        actor: ctx.actor,
        action: 'federation.directory.cosign',
        subjectType: 'directory',
        subjectId: id,
        details: { size: head.size, root: head.root },
      },
    };
  });
  if (directory.source)
    await (options.fetch ?? fetch)(`${directory.source}/cosignatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cosignature }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    }).catch(() => undefined);
  return cosignature;
}

/** Closes a directory's open alerts once an administrator has looked, and clears a split view. */
export async function resolveDirectoryAlerts(
  deps: AppDeps,
  ctx: CommandContext,
  id: string,
): Promise<number> {
  await requireTrusted(deps, id);
  return runCommand(deps.database, ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const closed = await resolveAlerts(tx, id, now);
    await tx.db
      .updateTable('directories')
      .set({ status: 'ok', last_error: null, updated_at: now })
      .where('id', '=', id)
      .execute();
    return {
      value: closed,
      audit: {
        actor: ctx.actor,
        action: 'federation.directory.alerts_resolved',
        subjectType: 'directory',
        subjectId: id,
        details: { closed },
      },
    };
  });
}
