/**
 * The evidence-transfer messages between the two nodes of a request (docs/FEDERATION.md §12).
 * The sender offers a file (its facts and whole-file SHA-256), then sends it as chunk messages,
 * each with its own SHA-256; the receiver answers once, with `verified` or `rejected`. Envelope
 * encryption and signatures protect every message in transit; the hashes prove the reassembled
 * content.
 */
import { type Static, Type } from 'typebox';
import { messageType } from '../../../federation/messages/message-type.js';

const Id = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' });
const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256, lower-case hex' });
const Count = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

const TRANSFER = '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c';
const SHA = 'f1c9645dbc14efddc7d8a322685f26eb0e0b6f2b1c2f1bb2c1f3a3b0e2d4c6a8';

export const EVIDENCE_OFFER = messageType({
  type: 'evidence.offer',
  summary:
    'The requested node offers a file of evidence under a request: its facts, size, whole-file SHA-256 and chunking. The requesting node accepts it only from the peer serving the requested State, while results may travel.',
  schema: Type.Object({
    transferId: Id,
    requestId: Id,
    evidenceId: Type.Unsafe<string>({
      ...Id,
      description: "the sender's evidence id, so both chains of custody name the same file",
    }),
    itemId: Type.Union([Type.String({ maxLength: 64 }), Type.Null()]),
    filename: Type.String({ pattern: '^[^/\\\\]{1,255}$' }),
    mediaType: Type.String({ maxLength: 100 }),
    size: Count,
    sha256: Sha256,
    chunkSize: Count,
    chunkCount: Count,
  }),
  example: {
    transferId: TRANSFER,
    requestId: '0b6c1a52-6f1e-4a43-9d11-2c3a4e5f6071',
    evidenceId: 'a1b2c3d4-e5f6-4789-a0b1-c2d3e4f5a6b7',
    itemId: 'connection-logs',
    filename: 'connection-logs-2026-05.csv',
    mediaType: 'text/csv',
    size: 3_145_728,
    sha256: SHA,
    chunkSize: 1_048_576,
    chunkCount: 3,
  },
});

export const EVIDENCE_CHUNK = messageType({
  type: 'evidence.chunk',
  summary:
    'One chunk of an offered file, with the SHA-256 of its plaintext. The receiver seals it in place at once; the inbox keeps only its facts, never the content.',
  schema: Type.Object({
    transferId: Id,
    index: Count,
    sha256: Sha256,
    data: Type.String({ contentEncoding: 'base64', description: "the chunk's plaintext, base64" }),
  }),
  example: { transferId: TRANSFER, index: 0, sha256: SHA, data: 'dGltZSxzb3VyY2UsZGVzdGluYXRpb24K' },
  retained: ({ data, ...facts }) => ({ ...facts, dataBytes: Math.floor((data.length * 3) / 4) }),
});

export const EVIDENCE_VERIFIED = messageType({
  type: 'evidence.verified',
  summary:
    "The receiver's answer once every chunk is in and the whole file matches its SHA-256: the file is filed there, under the evidence id it names.",
  schema: Type.Object({
    transferId: Id,
    evidenceId: Type.String({ maxLength: 64 }),
    sha256: Sha256,
  }),
  example: { transferId: TRANSFER, evidenceId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', sha256: SHA },
});

export const EVIDENCE_REJECTED = messageType({
  type: 'evidence.rejected',
  summary:
    "The receiver's answer when a transfer fails (a chunk or the whole file does not match its hash, or the transfer is refused): nothing is kept there.",
  schema: Type.Object({
    transferId: Id,
    reason: Type.String({ minLength: 1, maxLength: 64 }),
    detail: Type.String({ maxLength: 2000 }),
  }),
  example: { transferId: TRANSFER, reason: 'sha256_mismatch', detail: 'the file does not match its SHA-256' },
});

export type OfferPayload = Static<typeof EVIDENCE_OFFER.schema>;

export const EVIDENCE_MESSAGES = [
  EVIDENCE_OFFER,
  EVIDENCE_CHUNK,
  EVIDENCE_VERIFIED,
  EVIDENCE_REJECTED,
] as const;
