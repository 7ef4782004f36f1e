/**
 * Signed receipts form the evidence ladder (accepted → delivered → opened → answered). Each one
 * signs the envelope digest, so it proves which exact bytes arrived, in the manner of AS4
 * non-repudiation receipts and e-CODEX evidences; legal clocks start from them.
 */
import { canonicalJson } from '../../core/canonical-json.js';
import type { Clock } from '../../core/clock.js';
import { ValidationError } from '../../core/errors.js';
import type { ResolvedKey } from '../crypto/jwk.js';
import { parseCompactJws, signCompactJws, verifyJwsSignature } from '../crypto/jws.js';
import type { Signer } from '../crypto/signer.js';
import { UUID_PATTERN } from '../envelope/seal.js';

export const RECEIPT_TYP = 'comity-receipt+jws';
export const RECEIPT_TYPES = ['accepted', 'delivered', 'opened', 'answered'] as const;
/**
 * `accepted`: the receiving node verified and stored the envelope; `delivered`: handed to the
 * addressed authority's queue; `opened`: a person of that authority opened it; `answered`: a
 * reply (or refusal) was sent. A later rung supersedes an earlier one.
 */
export type ReceiptType = (typeof RECEIPT_TYPES)[number];

const DIGEST_PATTERN = /^sha-256:[A-Za-z0-9_-]{43}$/;

/** The signed content of a receipt. */
export interface Receipt {
  readonly receiptType: ReceiptType;
  readonly messageId: string;
  /** `sha-256:<base64url>` of the compact envelope as received. */
  readonly envelopeDigest: string;
  /** The receiving node, which signs the receipt. */
  readonly from: string;
  /** The sending node, to which the receipt goes back. */
  readonly to: string;
  /** ISO 8601 instant of the event the receipt attests. */
  readonly at: string;
}

/** Position on the evidence ladder (higher is stronger). */
export function receiptRank(type: ReceiptType): number {
  return RECEIPT_TYPES.indexOf(type);
}

export interface BuildReceiptInput {
  readonly signer: Signer;
  readonly receiptType: ReceiptType;
  readonly messageId: string;
  readonly envelopeDigest: string;
  readonly from: string;
  readonly to: string;
  readonly clock: Clock;
}

/** Signs a receipt as a compact JWS whose payload is the canonical JSON of the Receipt. */
export async function buildReceipt(input: BuildReceiptInput): Promise<{ compact: string; receipt: Receipt }> {
  const receipt: Receipt = {
    receiptType: input.receiptType,
    messageId: input.messageId,
    envelopeDigest: input.envelopeDigest,
    from: input.from,
    to: input.to,
    at: input.clock.now().toISOString(),
  };
  const problem = checkReceipt(receipt);
  if (problem) throw new ValidationError(`receipt not built: ${problem}`);
  const compact = await signCompactJws({ typ: RECEIPT_TYP }, canonicalJson(receipt), input.signer);
  return { compact, receipt };
}

export type VerifyReceiptFailure = 'malformed' | 'unknown_key' | 'bad_signature' | 'mismatch';

export type VerifyReceiptResult =
  | { readonly ok: true; readonly receipt: Receipt; readonly key: ResolvedKey }
  | { readonly ok: false; readonly reason: VerifyReceiptFailure; readonly detail: string };

export interface VerifyReceiptOptions {
  /** The signing key `kid` of node `node` if it was valid at `at`. */
  readonly resolveKey: (
    node: string,
    kid: string,
    at: Date,
  ) => ResolvedKey | undefined | Promise<ResolvedKey | undefined>;
  /** What the receipt must be about: the envelope we sent, and the peer we sent it to. */
  readonly expect?: Partial<Pick<Receipt, 'messageId' | 'envelopeDigest' | 'from' | 'to' | 'receiptType'>>;
}

/** Verifies a receipt's signature and, when given, that it is about the expected envelope. */
export async function verifyReceipt(
  compact: string,
  options: VerifyReceiptOptions,
): Promise<VerifyReceiptResult> {
  const jws = parseCompactJws(compact);
  if (jws?.header.typ !== RECEIPT_TYP || jws.header.alg !== 'EdDSA' || typeof jws.header.kid !== 'string')
    return { ok: false, reason: 'malformed', detail: 'not a comity-receipt+jws compact JWS' };
  let receipt: Receipt;
  try {
    receipt = JSON.parse(jws.payload.toString('utf8')) as Receipt;
  } catch {
    return { ok: false, reason: 'malformed', detail: 'payload is not JSON' };
  }
  const problem = checkReceipt(receipt);
  if (problem) return { ok: false, reason: 'malformed', detail: problem };
  const key = await options.resolveKey(receipt.from, jws.header.kid, new Date(receipt.at));
  if (key?.jwk.crv !== 'Ed25519')
    return {
      ok: false,
      reason: 'unknown_key',
      detail: `no key ${jws.header.kid} of ${receipt.from} at ${receipt.at}`,
    };
  if (!verifyJwsSignature(jws, key.jwk))
    return { ok: false, reason: 'bad_signature', detail: 'signature does not verify' };
  for (const [field, value] of Object.entries(options.expect ?? {})) {
    if (value !== undefined && receipt[field as keyof Receipt] !== value)
      return {
        ok: false,
        reason: 'mismatch',
        detail: `${field} is ${receipt[field as keyof Receipt]}, expected ${value}`,
      };
  }
  return { ok: true, receipt, key };
}

function checkReceipt(r: Receipt): string | undefined {
  if (r === null || typeof r !== 'object') return 'not an object';
  const keys = Object.keys(r).sort().join(',');
  if (keys !== 'at,envelopeDigest,from,messageId,receiptType,to') return `unexpected members ${keys}`;
  if (!RECEIPT_TYPES.includes(r.receiptType)) return `receiptType ${String(r.receiptType)} unknown`;
  if (typeof r.messageId !== 'string' || !UUID_PATTERN.test(r.messageId)) return 'messageId is not a UUID';
  if (typeof r.envelopeDigest !== 'string' || !DIGEST_PATTERN.test(r.envelopeDigest))
    return 'envelopeDigest is not sha-256:<base64url>';
  if (typeof r.from !== 'string' || r.from === '' || typeof r.to !== 'string' || r.to === '')
    return 'from and to are node ids';
  if (typeof r.at !== 'string' || Number.isNaN(Date.parse(r.at)) || new Date(r.at).toISOString() !== r.at)
    return 'at is not an ISO 8601 UTC instant';
  return undefined;
}
