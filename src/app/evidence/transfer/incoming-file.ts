/**
 * Where an arriving file is assembled: `<evidence dir>/<evidence id>.incoming`, sealed chunk by
 * chunk under the key chosen at the offer, so the content never lies on disk in clear. Once
 * verified it is renamed to `<evidence id>.sealed`, the name every stored evidence file has.
 */
import { join } from 'node:path';
import type { SealedFileFacts } from '../../../storage/evidence/chunk-io.js';
import { openFileKey } from '../../../storage/evidence/key-wrap.js';
import type { EvidenceTransfersInTable } from '../../../storage/schema.js';
import type { EvidenceStore } from '../evidence.js';

export const incomingPath = (store: EvidenceStore, evidenceId: string) =>
  join(store.directory, `${evidenceId}.incoming`);

export const sealedPath = (store: EvidenceStore, evidenceId: string) =>
  join(store.directory, `${evidenceId}.sealed`);

export function incomingFacts(store: EvidenceStore, row: EvidenceTransfersInTable): SealedFileFacts {
  return {
    path: incomingPath(store, row.evidence_id),
    fileId: row.evidence_id,
    fileKey: openFileKey(store.evidenceKey(), row.evidence_id, row.key_sealed),
    size: Number(row.size),
    chunkCount: row.chunk_count,
  };
}
