/**
 * Directories as an administrator reads them: each with its size, head, witnesses and health,
 * and for one directory every node it lists beside what this node made of it (trusted through
 * it, trusted by hand, in conflict, revoked, this node).
 */
import { NotFoundError } from '../../core/errors.js';
import { fingerprintOfKid } from '../../federation/peers/peer-card.js';
import { readHead } from '../../federation/directory/head.js';
import { replayEntries } from '../../federation/directory/listing.js';
import {
  type DirectoryAlert,
  type DirectoryRecord,
  findDirectory,
  listDirectories,
  listDirectoryAlerts,
  readEntries,
} from '../../federation/directory/store.js';
import { listPeers } from '../../federation/peers/peers-store.js';
import type { AppDeps } from '../deps.js';

export interface DirectorySummary {
  readonly id: string;
  readonly role: 'trusted' | 'operated';
  readonly name: string;
  readonly source: string | null;
  readonly fingerprint: string;
  readonly size: number;
  readonly root: string;
  readonly headIssuedAt: string | null;
  readonly witnesses: readonly string[];
  readonly quorum: number;
  readonly cosignatures: number;
  readonly cosign: boolean;
  readonly status: 'ok' | 'failing' | 'split_view';
  readonly lastError: string | null;
  readonly verifiedAt: string | null;
  readonly openAlerts: number;
  readonly addedAt: string;
}

export type ListedTrust =
  | 'listed'
  | 'via_directory'
  | 'by_hand'
  | 'other_directory'
  | 'conflict'
  | 'revoked'
  | 'self'
  | 'not_trusted';

export interface ListedNodeView {
  readonly nodeId: string;
  readonly state: string;
  readonly url: string;
  readonly fingerprint: string;
  readonly index: number;
  readonly revoked: { readonly reason: string; readonly revokedAt: string } | null;
  readonly trust: ListedTrust;
}

export interface DirectoryDetail {
  readonly directory: DirectorySummary;
  readonly nodes: readonly ListedNodeView[];
  readonly alerts: readonly DirectoryAlert[];
}

function summarize(d: DirectoryRecord, openAlerts: number): DirectorySummary {
  return {
    id: d.id,
    role: d.role,
    name: d.name,
    source: d.source,
    fingerprint: fingerprintOfKid(d.keyKid),
    size: d.size,
    root: d.root,
    headIssuedAt: (d.head && readHead(d.head)?.head.issuedAt) || null,
    witnesses: d.witnesses.map((w) => fingerprintOfKid(w)),
    quorum: d.quorum,
    cosignatures: d.cosignatures.length,
    cosign: d.cosign,
    status: d.status,
    lastError: d.lastError,
    verifiedAt: d.verifiedAt,
    openAlerts,
    addedAt: d.addedAt,
  };
}

export async function directorySummaries(deps: AppDeps): Promise<DirectorySummary[]> {
  const [directories, alerts] = await Promise.all([
    listDirectories(deps.database.db),
    listDirectoryAlerts(deps.database.db, { open: true }),
  ]);
  return directories.map((d) => summarize(d, alerts.filter((a) => a.directoryId === d.id).length));
}

export async function directoryDetail(deps: AppDeps, id: string): Promise<DirectoryDetail> {
  const directory = await findDirectory(deps.database.db, id);
  if (!directory) throw new NotFoundError('directory', id);
  const [entries, alerts, peers] = await Promise.all([
    readEntries(deps.database.db, id),
    listDirectoryAlerts(deps.database.db, { directoryId: id }),
    listPeers(deps.database),
  ]);
  const replay = await replayEntries(entries);
  const listed = replay.ok ? [...replay.nodes.values()] : [];
  const byNode = new Map(peers.map((p) => [p.nodeId, p]));
  const conflicted = new Set(
    alerts
      .filter((a) => a.kind === 'conflict' && a.resolvedAt === null)
      .map((a) => String(a.evidence.nodeId)),
  );
  const trustOf = (nodeId: string, revoked: boolean): ListedTrust => {
    if (nodeId === deps.federation?.nodeId) return 'self';
    if (conflicted.has(nodeId)) return 'conflict';
    const peer = byNode.get(nodeId);
    if (revoked || peer?.status === 'revoked') return 'revoked';
    if (!peer) return 'not_trusted';
    if (peer.trustedVia === id) return 'via_directory';
    return peer.trustedVia ? 'other_directory' : 'by_hand';
  };
  return {
    directory: summarize(directory, alerts.filter((a) => a.resolvedAt === null).length),
    nodes: listed
      .map((n) => ({
        nodeId: n.nodeId,
        state: n.state,
        url: n.url,
        fingerprint: n.fingerprint,
        index: n.index,
        revoked: n.revoked ? { reason: n.revoked.reason, revokedAt: n.revoked.revokedAt } : null,
        trust:
          directory.role === 'operated' ? ('listed' as const) : trustOf(n.nodeId, n.revoked !== undefined),
      }))
      .sort((a, b) => a.state.localeCompare(b.state) || a.nodeId.localeCompare(b.nodeId)),
    alerts,
  };
}
