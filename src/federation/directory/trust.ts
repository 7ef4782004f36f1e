/**
 * Trust from a directory: once a copy verifies, every node it lists becomes a peer (or has its
 * keys brought up to date), and every node it revokes stops being one — but only for peers
 * that were trusted through this directory. A peer whose fingerprint an administrator confirmed
 * by hand keeps that anchor; a listing that contradicts it, or that lists this very node with a
 * key it does not hold, raises an alert and changes nothing.
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import type { CommandContext } from '../../core/context.js';
import type { Tx } from '../../storage/database.js';
import { currentKey } from '../crypto/key-record.js';
import { mergeKeys } from '../peers/merge-keys.js';
import { findPeer } from '../peers/peers-store.js';
import type { ListedNode, Listing } from './listing.js';
import { raiseAlert } from './store.js';

export interface TrustChanges {
  readonly added: readonly string[];
  readonly updated: readonly string[];
  readonly revoked: readonly string[];
  readonly conflicts: readonly string[];
  readonly audit: readonly AuditEntry[];
}

export interface TrustScope {
  readonly directoryId: string;
  /** This node's id and the key ids it holds: a listing of this node must name one of them. */
  readonly self: { readonly nodeId: string; readonly kids: ReadonlySet<string> };
}

function signingKid(node: ListedNode, now: Date): string | undefined {
  return currentKey(node.keys, 'sig', now)?.kid;
}

export async function applyListing(
  tx: Tx,
  ctx: CommandContext,
  scope: TrustScope,
  nodes: Listing,
): Promise<TrustChanges> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const added: string[] = [];
  const updated: string[] = [];
  const revoked: string[] = [];
  const conflicts: string[] = [];
  const audit: AuditEntry[] = [];
  const via = { directory: scope.directoryId };
  const conflict = async (node: ListedNode, detail: string) => {
    conflicts.push(node.nodeId);
    const entry = await raiseAlert(tx, {
      directoryId: scope.directoryId,
      kind: 'conflict',
      detail,
      evidence: { nodeId: node.nodeId, index: node.index, listedFingerprint: node.fingerprint },
      source: null,
      raisedAt: at,
    });
    if (entry) audit.push(entry);
  };
  for (const node of nodes.values()) {
    const kid = signingKid(node, now);
    if (node.nodeId === scope.self.nodeId) {
      if (!node.revoked && kid && !scope.self.kids.has(kid))
        await conflict(
          node,
          `the directory lists this node with a signing key it does not hold (${node.fingerprint})`,
        );
      continue;
    }
    const existing = await findPeer(tx.db, node.nodeId);
    const managed = existing?.trustedVia === scope.directoryId;
    if (node.revoked) {
      if (managed && existing?.status === 'active') {
        await tx.db
          .updateTable('peers')
          .set({ status: 'revoked', updated_at: at })
          .where('node_id', '=', node.nodeId)
          .execute();
        revoked.push(node.nodeId);
        audit.push(peerAudit('federation.peer.revoke', node, { ...via, reason: node.revoked.reason }));
      }
      continue;
    }
    const values = {
      url: node.url,
      state: node.state,
      fingerprint: node.fingerprint,
      card: node.compact,
      authorities: JSON.stringify(node.card.authorities),
      updated_at: at,
    };
    if (!existing) {
      await tx.db
        .insertInto('peers')
        .values({
          node_id: node.nodeId,
          ...values,
          keys: JSON.stringify(node.keys),
          status: 'active',
          failures: 0,
          next_attempt_at: null,
          last_error: null,
          lease_owner: null,
          lease_until: null,
          trusted_via: scope.directoryId,
          added_at: at,
        })
        .execute();
      added.push(node.nodeId);
      audit.push(peerAudit('federation.peer.add', node, via));
      continue;
    }
    if (!managed) {
      // Trusted by hand or through another directory: the listing must agree with what is trusted.
      if (kid && !existing.keys.some((k) => k.kid === kid))
        await conflict(
          node,
          `the directory lists ${node.nodeId} with the key ${node.fingerprint}, not the one trusted here (${existing.fingerprint})`,
        );
      continue;
    }
    const keys = mergeKeys(existing.keys, node.keys);
    const changed =
      existing.status !== 'active' ||
      JSON.stringify(keys) !== JSON.stringify(existing.keys) ||
      existing.url !== node.url ||
      existing.fingerprint !== node.fingerprint;
    if (!changed) continue;
    await tx.db
      .updateTable('peers')
      .set({ ...values, keys: JSON.stringify(keys), status: 'active' })
      .where('node_id', '=', node.nodeId)
      .execute();
    updated.push(node.nodeId);
    audit.push(
      peerAudit(
        existing.status === 'active' ? 'federation.peer.card_update' : 'federation.peer.retrust',
        node,
        via,
      ),
    );
  }
  return { added, updated, revoked, conflicts, audit };
}

function peerAudit(action: string, node: ListedNode, details: Record<string, unknown>): AuditEntry {
  return {
    actor: { type: 'system', id: 'directory' },
    action,
    subjectType: 'peer',
    subjectId: node.nodeId,
    details: { ...details, index: node.index, state: node.state, fingerprint: node.fingerprint },
  };
}
