/**
 * The legal conditions a sender attaches to shared information (UNCC art. 36 and the
 * speciality rule): the purpose it may be used for, how long it may be kept, and whether the
 * recipient may pass it on. They travel with every object, so they bind every later holder.
 */

export const ONWARD_TRANSFER = ['allowed', 'with_prior_consent', 'forbidden'] as const;
export type OnwardTransfer = (typeof ONWARD_TRANSFER)[number];

export interface TransferConditions {
  readonly purpose: string;
  /** ISO date (or instant) after which the recipient must erase it. */
  readonly retentionUntil: string;
  readonly onwardTransfer: OnwardTransfer;
}

export type OnwardCheck = { ok: true } | { ok: false; condition: string; reason: string };

/**
 * Whether a node holding information received under `conditions` may pass it to another
 * State. `consentRecorded` says the originator's consent to that State is on record.
 */
export function onwardTransferCheck(conditions: TransferConditions, consentRecorded: boolean): OnwardCheck {
  switch (conditions.onwardTransfer) {
    case 'allowed':
      return { ok: true };
    case 'forbidden':
      return {
        ok: false,
        condition: 'onwardTransfer=forbidden',
        reason: 'the originator forbade onward transfer (transfer condition onwardTransfer=forbidden)',
      };
    case 'with_prior_consent':
      return consentRecorded
        ? { ok: true }
        : {
            ok: false,
            condition: 'onwardTransfer=with_prior_consent',
            reason:
              'onward transfer needs the prior consent of the originator, and none is recorded for this State (transfer condition onwardTransfer=with_prior_consent)',
          };
    default:
      // A condition this node cannot read blocks the transfer, as an unknown marking does.
      return {
        ok: false,
        condition: `onwardTransfer=${String(conditions.onwardTransfer)}`,
        reason: 'the onward-transfer condition is not one this node understands',
      };
  }
}

/** Reads conditions carried in a message or a stored context; undefined when malformed. */
export function parseConditions(value: unknown): TransferConditions | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v['purpose'] !== 'string' || typeof v['retentionUntil'] !== 'string') return undefined;
  if (typeof v['onwardTransfer'] !== 'string') return undefined;
  return {
    purpose: v['purpose'],
    retentionUntil: v['retentionUntil'],
    onwardTransfer: v['onwardTransfer'] as OnwardTransfer,
  };
}
