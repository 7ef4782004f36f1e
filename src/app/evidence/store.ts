/**
 * The node's evidence store, built once from its configuration: the routes, the transfer
 * handlers and the transfer pump all seal and open files the same way, in the same place.
 */
import { join } from 'node:path';
import { resolveKeySecret } from '../../federation/node-identity/key-secret.js';
import { evidenceKeyFrom } from '../../storage/evidence/key-wrap.js';
import type { AppDeps } from '../deps.js';
import type { EvidenceStore } from './evidence.js';

/** 64 GiB: evidence is streamed, so the limit guards the disk, not memory. */
export const MAX_EVIDENCE_BYTES = 64 * 1024 ** 3;

export function evidenceStoreFor(deps: AppDeps): EvidenceStore {
  let evidenceKey: Buffer | undefined;
  return {
    database: deps.database,
    directory: join(deps.config.dataDir, 'evidence'),
    evidenceKey: () => {
      evidenceKey ??= evidenceKeyFrom(
        resolveKeySecret({
          ...(deps.config.keySecret ? { keySecret: deps.config.keySecret } : {}),
          dataDir: deps.config.dataDir,
          dialect: deps.config.dialect,
        }),
      );
      return evidenceKey;
    },
    maxBytes: MAX_EVIDENCE_BYTES,
  };
}
