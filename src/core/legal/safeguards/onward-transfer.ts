import type { Provenance } from '../provenance.js';
import type { TransferConditions } from '../lifecycle/types.js';

/** A data item held after a transfer, with the conditions the sending State attached. */
export interface ReceivedDataItem {
  readonly id: string;
  readonly originState: string;
  readonly requestId: string;
  readonly receivedAt: string;
  readonly conditions: TransferConditions;
}

/** A recorded consent of the originating State to another use or an onward transfer. */
export interface ConsentRecord {
  readonly id: string;
  readonly dataItemId: string;
  readonly grantedBy: string;
  readonly grantedAt: string;
  readonly scope: 'reuse' | 'onward_transfer';
  /** For reuse: the new purpose consented to. */
  readonly purpose?: string;
  /** For onward transfer: the third State or organisation. */
  readonly recipient?: string;
  readonly form: 'written' | 'oral';
  readonly reference: string;
  readonly expiresAt?: string;
}

export interface UseProposal {
  readonly kind: 'reuse' | 'onward_transfer';
  readonly purpose: string;
  readonly recipient?: string;
  readonly at: string;
}

export type UseDecision =
  | {
      readonly allowed: true;
      readonly basis: 'same_purpose' | 'conditions_allow' | 'consent';
      readonly consent?: ConsentRecord;
      readonly reasons: readonly string[];
      readonly provisions: readonly Provenance[];
    }
  | {
      readonly allowed: false;
      readonly code:
        | 'retention_expired'
        | 'prior_consent_required'
        | 'onward_transfer_forbidden'
        | 'consent_form_insufficient';
      readonly reasons: readonly string[];
      readonly provisions: readonly Provenance[];
    };

const SPECIALITY: Provenance = { source: 'UNCC art. 40 (limitation on use)', confidence: 'unconfirmed' };
const ONWARD: Provenance = { source: 'UNCC art. 36 (onward transfer)', confidence: 'unconfirmed' };

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Decides whether a received item may be used for a new purpose or passed on, citing the
 * consent that allows it or saying exactly why not. Pure: consents are passed in.
 */
export function decideDataUse(
  item: ReceivedDataItem,
  proposal: UseProposal,
  consents: readonly ConsentRecord[],
): UseDecision {
  const c = item.conditions;
  const conditionsCite: Provenance = { source: c.source, confidence: c.confidence };
  const at = Date.parse(proposal.at);
  if (c.retentionUntil !== null && at > Date.parse(c.retentionUntil))
    return {
      allowed: false,
      code: 'retention_expired',
      reasons: [`the item had to be deleted by ${c.retentionUntil}; it may no longer be used or passed on`],
      provisions: [conditionsCite],
    };
  const usable = consents.filter(
    (k) =>
      k.dataItemId === item.id &&
      k.grantedBy === item.originState &&
      k.scope === proposal.kind &&
      Date.parse(k.grantedAt) <= at &&
      (k.expiresAt === undefined || Date.parse(k.expiresAt) >= at),
  );
  if (proposal.kind === 'reuse') {
    if (same(proposal.purpose, c.purpose))
      return {
        allowed: true,
        basis: 'same_purpose',
        reasons: [`the purpose is the one stated when the data were sent (${c.purpose})`],
        provisions: [conditionsCite],
      };
    return withConsent(
      usable.filter((k) => k.purpose !== undefined && same(k.purpose, proposal.purpose)),
      c,
      [conditionsCite, SPECIALITY],
      `use for "${proposal.purpose}" differs from the stated purpose "${c.purpose}" and needs the prior consent of ${item.originState}`,
    );
  }
  if (c.onwardTransfer === 'forbidden')
    return {
      allowed: false,
      code: 'onward_transfer_forbidden',
      reasons: [
        `${item.originState} forbade any onward transfer of this item; only new conditions from ${item.originState} can change that`,
      ],
      provisions: [conditionsCite, ONWARD],
    };
  if (c.onwardTransfer === 'allowed')
    return {
      allowed: true,
      basis: 'conditions_allow',
      reasons: [`the conditions of ${item.originState} allow onward transfer`],
      provisions: [conditionsCite],
    };
  const recipient = proposal.recipient ?? '(unnamed recipient)';
  return withConsent(
    usable.filter((k) => k.recipient !== undefined && same(k.recipient, recipient)),
    c,
    [conditionsCite, ONWARD],
    `onward transfer to ${recipient} needs the prior authorisation of ${item.originState}`,
  );
}

function withConsent(
  matching: readonly ConsentRecord[],
  c: TransferConditions,
  provisions: Provenance[],
  need: string,
): UseDecision {
  const good = matching.find((k) => c.consentForm === 'any' || k.form === 'written');
  if (good)
    return {
      allowed: true,
      basis: 'consent',
      consent: good,
      reasons: [
        `${need}: consent ${good.reference} of ${good.grantedAt.slice(0, 10)} (${good.form}) covers it`,
      ],
      provisions,
    };
  if (matching.length > 0)
    return {
      allowed: false,
      code: 'consent_form_insufficient',
      reasons: [
        `${need}; consent ${matching[0]!.reference} was given ${matching[0]!.form}, but the conditions require it in writing`,
      ],
      provisions,
    };
  return {
    allowed: false,
    code: 'prior_consent_required',
    reasons: [`${need}; no such consent is recorded`],
    provisions,
  };
}
