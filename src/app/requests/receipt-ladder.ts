/**
 * The evidence ladder of a request, as the requesting and the requested node each hold it: every
 * federation message that carried the request, with the signed receipts about it (accepted →
 * delivered → opened → answered), who signed each and the fingerprint of the signing key.
 */
import type { Principal } from '../../core/accounts/roles.js';
import { fingerprintOfKid } from '../../federation/peers/peer-card.js';
import { RECEIPT_TYPES, type ReceiptType } from '../../federation/receipts/receipt.js';
import type { Database } from '../../storage/database.js';
import { requestMessages } from '../../storage/requests/request-messages.js';
import { loadForPrincipal } from './requests.js';

export interface LadderRung {
  readonly rung: ReceiptType;
  /** The signed instant: legal clocks start from `accepted`. */
  readonly signedAt: string;
  /** The node that signed it: the receiver of the message. */
  readonly signedBy: string;
  /** Fingerprint of the signing key, as read out when trusting a peer. */
  readonly keyFingerprint: string;
  /** The signed receipt (compact JWS), for anyone to verify. */
  readonly receipt: string;
}

export interface CarriedMessageView {
  readonly messageId: string;
  readonly type: string;
  readonly direction: 'out' | 'in';
  readonly peer: string;
  readonly at: string;
  readonly rungs: readonly LadderRung[];
}

export async function receiptLadder(
  database: Database,
  principal: Principal,
  requestId: string,
): Promise<CarriedMessageView[]> {
  await loadForPrincipal(database, principal, requestId);
  const messages = await requestMessages(database.db, requestId);
  const ids = messages.map((m) => m.message_id);
  const receipts =
    ids.length === 0
      ? []
      : await database.db.selectFrom('receipts').selectAll().where('message_id', 'in', ids).execute();
  return messages.map((m) => ({
    messageId: m.message_id,
    type: m.type,
    direction: m.direction,
    peer: m.peer,
    at: m.at,
    rungs: receipts
      // Receipts about what we sent were signed by the peer; about what we received, by us.
      .filter(
        (r) => r.message_id === m.message_id && r.direction === (m.direction === 'out' ? 'received' : 'sent'),
      )
      .map((r) => ({
        rung: r.receipt_type as ReceiptType,
        signedAt: r.signed_at,
        signedBy: signerOf(r.compact) ?? (m.direction === 'out' ? m.peer : ''),
        keyFingerprint: fingerprintOf(r.compact),
        receipt: r.compact,
      }))
      .sort((a, b) => RECEIPT_TYPES.indexOf(a.rung) - RECEIPT_TYPES.indexOf(b.rung)),
  }));
}

/** The node that signed a receipt, as its payload says (`from`: the receiving node signs). */
function signerOf(compact: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(compact.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      from?: unknown;
    };
    return typeof payload.from === 'string' ? payload.from : undefined;
  } catch {
    return undefined;
  }
}

/** The fingerprint of the key a receipt names in its protected header (its `kid` is a thumbprint). */
function fingerprintOf(compact: string): string {
  const header = JSON.parse(Buffer.from(compact.split('.')[0] ?? '', 'base64url').toString('utf8')) as {
    kid?: unknown;
  };
  return typeof header.kid === 'string' ? fingerprintOfKid(header.kid) : '';
}
