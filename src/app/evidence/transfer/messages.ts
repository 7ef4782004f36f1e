/**
 * The evidence-transfer messages between the two nodes of a request. The sender offers a file
 * (its facts and whole-file SHA-256), then sends it as chunk messages, each with its own
 * SHA-256; the receiver answers once, with `verified` or `rejected`. Envelope encryption and
 * signatures protect every message in transit; the hashes prove the reassembled content.
 */
import { ValidationError } from '../../../core/errors.js';

export const EVIDENCE_OFFER = 'evidence.offer';
export const EVIDENCE_CHUNK = 'evidence.chunk';
export const EVIDENCE_VERIFIED = 'evidence.verified';
export const EVIDENCE_REJECTED = 'evidence.rejected';

export interface OfferPayload {
  readonly transferId: string;
  readonly requestId: string;
  /** The sender's evidence id, for the two chains of custody to name the same file. */
  readonly evidenceId: string;
  readonly itemId: string | null;
  readonly filename: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly chunkSize: number;
  readonly chunkCount: number;
}

export interface ChunkPayload {
  readonly transferId: string;
  readonly index: number;
  /** SHA-256 (hex) of this chunk's plaintext. */
  readonly sha256: string;
  /** The chunk's plaintext, base64. */
  readonly data: string;
}

export interface OutcomePayload {
  readonly transferId: string;
  /** `verified`: the receiver's evidence id. */
  readonly evidenceId?: string;
  readonly sha256?: string;
  /** `rejected`: a stable code and words for people. */
  readonly reason?: string;
  readonly detail?: string;
}

const HEX64 = /^[0-9a-f]{64}$/;
const isId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function refuse(type: string, what: string): never {
  throw new ValidationError(`an ${type} message ${what}`, [], 'malformed_transfer_message');
}

export function parseOffer(payload: unknown): OfferPayload {
  const p = payload as Partial<OfferPayload> | null;
  if (
    !p ||
    !isId(p.transferId) ||
    !isId(p.requestId) ||
    !isId(p.evidenceId) ||
    !(p.itemId === null || typeof p.itemId === 'string') ||
    typeof p.filename !== 'string' ||
    !/^[^/\\]{1,255}$/.test(p.filename) ||
    typeof p.mediaType !== 'string' ||
    p.mediaType.length > 100 ||
    !isCount(p.size) ||
    typeof p.sha256 !== 'string' ||
    !HEX64.test(p.sha256) ||
    !isCount(p.chunkSize) ||
    !isCount(p.chunkCount)
  )
    refuse(
      EVIDENCE_OFFER,
      'must carry transferId, requestId, evidenceId, filename, mediaType, size, sha256, chunkSize and chunkCount',
    );
  return p as OfferPayload;
}

export function parseChunk(payload: unknown): ChunkPayload & { bytes: Buffer } {
  const p = payload as Partial<ChunkPayload> | null;
  if (
    !p ||
    !isId(p.transferId) ||
    !isCount(p.index) ||
    typeof p.sha256 !== 'string' ||
    !HEX64.test(p.sha256) ||
    typeof p.data !== 'string'
  )
    refuse(EVIDENCE_CHUNK, 'must carry transferId, index, sha256 and data');
  return { ...(p as ChunkPayload), bytes: Buffer.from(p.data as string, 'base64') };
}

export function parseOutcome(type: string, payload: unknown): OutcomePayload {
  const p = payload as Partial<OutcomePayload> | null;
  if (!p || !isId(p.transferId)) refuse(type, 'must name the transfer');
  return p as OutcomePayload;
}

/** What the inbox keeps of a chunk message: its facts, not the content (which is sealed on disk). */
export function chunkFacts(payload: unknown): unknown {
  if (!payload || typeof payload !== 'object') return payload;
  const { data, ...facts } = payload as { data?: unknown };
  return { ...facts, dataBytes: typeof data === 'string' ? Math.floor((data.length * 3) / 4) : null };
}
