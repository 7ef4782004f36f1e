/**
 * Checking a copy of a trusted directory and taking what it says: the one path by which a
 * directory changes trust here, whether the copy came from the operator, a mirror or a file.
 * A copy that does not verify changes nothing, raises an alert (a split view when it
 * contradicts the head held) and is audited; one that verifies is stored with its entries and
 * applied to the peers in the same transaction.
 */
import type { CommandContext } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import type { DirectoryDocument, VerifyDirectoryResult } from '../../federation/directory/document.js';
import { verifyDirectory } from '../../federation/directory/document.js';
import {
  type DirectoryRecord,
  appendEntries,
  raiseAlert,
  recordHead,
  setStatus,
} from '../../federation/directory/store.js';
import { type TrustChanges, applyListing } from '../../federation/directory/trust.js';
import { appendAudit } from '../../storage/audit/audit-log.js';
import { notifyDirectoryAlert } from './notify.js';
import { runCommand } from '../../storage/command.js';
import type { Tx } from '../../storage/database.js';
import type { AppDeps } from '../deps.js';

export type CopyOutcome =
  | { readonly ok: true; readonly size: number; readonly grew: number; readonly changes: TrustChanges }
  | { readonly ok: false; readonly reason: string; readonly detail: string };

export function optionsFor(directory: DirectoryRecord, previous = true) {
  return {
    key: directory.key,
    witnesses: directory.witnesses,
    quorum: directory.quorum,
    ...(previous && directory.head ? { previous: { size: directory.size, root: directory.root } } : {}),
  };
}

/** The node's own id and key ids: a directory listing this node must name one of its keys. */
export function selfOf(deps: AppDeps) {
  const federation = deps.federation;
  return {
    nodeId: federation?.nodeId ?? '',
    kids: new Set(federation?.keyring.records.map((k) => k.kid) ?? []),
  };
}

/** Takes a verified copy: new entries, head and trust, audited together. */
export async function acceptCopy(
  deps: AppDeps,
  ctx: CommandContext,
  directory: DirectoryRecord,
  doc: DirectoryDocument,
  verified: Extract<VerifyDirectoryResult, { ok: true }>,
  action: string,
): Promise<CopyOutcome & { ok: true }> {
  return runCommand(deps.database, ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const grew = verified.head.size - directory.size;
    if (grew > 0) await appendEntries(tx, directory.id, directory.size, doc.entries.slice(directory.size));
    const status = directory.status === 'split_view' ? 'split_view' : 'ok';
    await recordHead(
      tx,
      directory.id,
      { compact: doc.head, size: verified.head.size, root: verified.head.root },
      doc.cosignatures,
      now,
      status,
    );
    const changes = await applyListing(
      tx,
      ctx,
      { directoryId: directory.id, self: selfOf(deps) },
      verified.nodes,
    );
    // A new conflict alert (an audit entry was written for it) is also told to people.
    for (const entry of changes.audit.filter((a) => a.action === 'federation.directory.conflict'))
      await notifyDirectoryAlert(
        tx,
        {
          directoryId: directory.id,
          kind: 'conflict',
          detail: String(entry.details?.detail ?? ''),
          source: null,
        },
        ctx.clock.now(),
      );
    return {
      value: { ok: true as const, size: verified.head.size, grew, changes },
      audit: [
        {
          actor: ctx.actor,
          action,
          subjectType: 'directory',
          subjectId: directory.id,
          details: {
            size: verified.head.size,
            root: verified.head.root,
            witnessed: verified.witnessed.length,
            added: changes.added.length,
            updated: changes.updated.length,
            revoked: changes.revoked.length,
          },
        },
        ...changes.audit,
      ],
    };
  });
}

/** Records a refused copy: an alert (split view or refusal) and the directory's status. */
export async function refuseCopy(
  deps: AppDeps,
  ctx: CommandContext,
  directory: DirectoryRecord,
  failure: { readonly reason: string; readonly detail: string },
  source: string,
  evidence: Record<string, unknown>,
): Promise<CopyOutcome & { ok: false }> {
  // Witnesses cosign after a head is published: too few yet is a wait, not an attack.
  const waiting = failure.reason === 'quorum';
  const record = async (tx: Tx) => {
    const now = ctx.clock.now().toISOString();
    const split = failure.reason === 'inconsistent';
    const status = split || directory.status === 'split_view' ? 'split_view' : 'failing';
    await setStatus(tx, directory.id, status, `${failure.reason}: ${failure.detail}`, now);
    if (waiting) return undefined;
    return raiseAlert(tx, {
      directoryId: directory.id,
      kind: split ? 'split_view' : 'refused',
      detail: `${failure.reason}: ${failure.detail}`,
      evidence: { ...evidence, held: directory.head },
      source,
      raisedAt: now,
    });
  };
  // An alert already open is not raised (nor audited) twice; the status is bookkeeping.
  await deps.database.transact(async (tx) => {
    const alert = await record(tx);
    if (!alert) return;
    await appendAudit(tx, ctx, [alert]);
    await notifyDirectoryAlert(
      tx,
      {
        directoryId: directory.id,
        kind: failure.reason === 'inconsistent' ? 'split_view' : 'refused',
        detail: `${failure.reason}: ${failure.detail}`,
        source,
      },
      ctx.clock.now(),
    );
  });
  return { ok: false, ...failure };
}

/** A refusal as the error a person sees: the stable code with the protocol's reason. */
export function refusedError(outcome: { readonly reason: string; readonly detail: string }): DomainError {
  return new DomainError(
    'directory_refused',
    `the directory was refused (${outcome.reason}): ${outcome.detail}`,
    {
      details: { reason: outcome.reason },
    },
  );
}

export { verifyDirectory };
