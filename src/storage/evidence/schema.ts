/** Row types of evidence files and evidence transfers (both dialects; see ../schema.ts). */

export interface EvidenceTable {
  id: string;
  case_id: string;
  request_id: string | null;
  item_id: string | null;
  filename: string;
  media_type: string;
  size: number;
  /** SHA-256 (hex) of the plaintext, computed as it streamed in. */
  sha256: string;
  chunk_size: number;
  /** The file's own AES-256-GCM key, sealed with the node's evidence key. */
  key_sealed: string;
  created_by: string;
  created_at: string;
}

/** Status of a transfer on the sending side. */
export type OutgoingTransferStatus = 'sending' | 'sent' | 'verified' | 'rejected' | 'failed';

/** An evidence file being sent to the other State of a request, chunk by chunk. */
export interface EvidenceTransfersOutTable {
  id: string;
  evidence_id: string;
  request_id: string;
  peer: string;
  size: number;
  sha256: string;
  chunk_size: number;
  chunk_count: number;
  /** Chunks 0 .. chunks_queued-1 have been put in the outbox. */
  chunks_queued: number;
  /** Chunks whose envelopes the peer has receipted (`accepted`). */
  chunks_acknowledged: number;
  status: OutgoingTransferStatus;
  reason: string | null;
  offer_message_id: string;
  /** The evidence id the receiving node filed the file under, once it verified it. */
  remote_evidence_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** The outbox message that carries one chunk of an outgoing transfer. */
export interface EvidenceTransferChunksOutTable {
  transfer_id: string;
  chunk_index: number;
  message_id: string;
}

/** Status of a transfer on the receiving side. */
export type IncomingTransferStatus = 'receiving' | 'complete' | 'verified' | 'rejected';

/** An evidence file arriving from the other State; chunks are sealed in place as they come. */
export interface EvidenceTransfersInTable {
  id: string;
  from_node: string;
  request_id: string;
  case_id: string;
  remote_evidence_id: string;
  item_id: string | null;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  chunk_size: number;
  chunk_count: number;
  chunks_received: number;
  /** Hex bitmap, one bit per chunk, chunk 0 first. */
  received_map: string;
  status: IncomingTransferStatus;
  reason: string | null;
  /** The local evidence id (chosen at the offer; the row in `evidence` appears once verified). */
  evidence_id: string;
  key_sealed: string;
  created_at: string;
  updated_at: string;
}

/** A file a person uploads into a case in chunks, sealed in place as they come; resumable. */
export interface EvidenceUploadsTable {
  id: string;
  case_id: string;
  request_id: string | null;
  item_id: string | null;
  filename: string;
  media_type: string;
  size: number;
  /** The SHA-256 the uploader computed, checked when the last chunk is in. */
  expected_sha256: string | null;
  chunk_size: number;
  chunk_count: number;
  chunks_received: number;
  /** Hex bitmap, one bit per chunk, chunk 0 first. */
  received_map: string;
  status: 'receiving' | 'complete' | 'failed';
  /** The evidence id the file is filed under once complete. */
  evidence_id: string;
  key_sealed: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface EvidenceTables {
  evidence_uploads: EvidenceUploadsTable;
  evidence: EvidenceTable;
  evidence_transfers_out: EvidenceTransfersOutTable;
  evidence_transfer_chunks_out: EvidenceTransferChunksOutTable;
  evidence_transfers_in: EvidenceTransfersInTable;
}
