/**
 * What a node serves about each directory it operates or trusts: the whole copy, its head with
 * a consistency proof from the asker's size (for gossip), and the inclusion proof of a node's
 * latest entry. Any node that trusts a directory is a mirror of it, so a State can fetch it and
 * check others' heads while the operator is down.
 */
import { NotFoundError, ValidationError } from '../../core/errors.js';
import type { DirectoryDocument } from '../../federation/directory/document.js';
import { entryLeaf } from '../../federation/directory/entry.js';
import { peekNodeId } from '../../federation/directory/listing.js';
import {
  type HeadReport,
  type InclusionBundle,
  makeHeadReport,
  makeInclusion,
} from '../../federation/directory/proofs.js';
import { type DirectoryRecord, findDirectory, readEntries } from '../../federation/directory/store.js';
import type { AppDeps } from '../deps.js';

async function held(deps: AppDeps, id: string): Promise<DirectoryRecord & { head: string }> {
  const directory = await findDirectory(deps.database.db, id);
  if (!directory?.head) throw new NotFoundError('directory', id);
  return directory as DirectoryRecord & { head: string };
}

export async function directoryDocument(deps: AppDeps, id: string): Promise<DirectoryDocument> {
  const directory = await held(deps, id);
  return {
    version: 1,
    directory: { id, name: directory.name, key: directory.key },
    entries: await readEntries(deps.database.db, id),
    head: directory.head,
    cosignatures: directory.cosignatures,
  };
}

export async function headReport(deps: AppDeps, id: string, from?: number): Promise<HeadReport> {
  const directory = await held(deps, id);
  const leaves = from === undefined ? [] : (await readEntries(deps.database.db, id)).map(entryLeaf);
  return from === undefined
    ? { head: directory.head, cosignatures: directory.cosignatures }
    : makeHeadReport(leaves, directory.head, directory.cosignatures, from);
}

/** The inclusion proof of the latest entry about `nodeId` in the head held. */
export async function inclusionFor(deps: AppDeps, id: string, nodeId: string): Promise<InclusionBundle> {
  const directory = await held(deps, id);
  const entries = await readEntries(deps.database.db, id);
  const about = (i: number) => {
    const e = entries[i];
    if (!e) return false;
    return e.kind === 'card' ? peekNodeId(e.card) === nodeId : e.nodeId === nodeId;
  };
  let index = entries.length - 1;
  while (index >= 0 && !about(index)) index--;
  if (index < 0)
    throw new ValidationError(`the directory ${id} does not list ${nodeId}`, [
      { path: '/querystring/node', message: 'not listed' },
    ]);
  return makeInclusion(entries, entries.map(entryLeaf), index, directory.head);
}
