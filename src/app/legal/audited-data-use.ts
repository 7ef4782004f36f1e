/**
 * The one path by which received data — a request's results or a shared STIX object — is
 * cleared for reuse or onward transfer: the legal core decides against the conditions the
 * sending State attached, the decision is audited whichever way it goes, and a refusal is a 403
 * that cites those conditions.
 */
import type { CommandContext } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import type { TransferConditions } from '../../core/legal/lifecycle/types.js';
import {
  type ConsentRecord,
  decideDataUse,
  type ReceivedDataItem,
  type UseDecision,
} from '../../core/legal/safeguards/onward-transfer.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';

export interface UseProposalInput {
  readonly kind: 'reuse' | 'onward_transfer';
  readonly purpose: string;
  readonly recipient?: string;
}

export interface AuditedDataUse {
  readonly item: ReceivedDataItem;
  readonly proposal: UseProposalInput;
  readonly consents: readonly ConsentRecord[];
  /** What the audit event is about, and details it records besides the decision. */
  readonly subject: {
    readonly type: string;
    readonly id: string;
    readonly details?: Record<string, unknown>;
  };
}

/** A use the sender's conditions allow, with the basis and the conditions it was decided against. */
export type AllowedUse = Extract<UseDecision, { allowed: true }> & { conditions: TransferConditions };

export async function decideAndAuditDataUse(
  database: Database,
  ctx: CommandContext,
  { item, proposal, consents, subject }: AuditedDataUse,
): Promise<AllowedUse> {
  const decision = decideDataUse(item, { ...proposal, at: ctx.clock.now().toISOString() }, consents);
  await runCommand(database, ctx, async () => ({
    value: null,
    audit: {
      actor: ctx.actor,
      action: decision.allowed ? 'data_use.allowed' : 'data_use.refused',
      subjectType: subject.type,
      subjectId: subject.id,
      legalBasis: decision.provisions.map((p) => p.source).join('; ') || null,
      details: {
        ...subject.details,
        proposal,
        ...(decision.allowed ? { basis: decision.basis } : { code: decision.code }),
        reasons: [...decision.reasons],
      },
    },
  }));
  const { conditions } = item;
  if (!decision.allowed)
    throw new DomainError(
      decision.code,
      `${decision.reasons.join('; ')} (conditions: purpose "${conditions.purpose}", onward transfer ${conditions.onwardTransfer})`,
      { details: { conditions, provisions: decision.provisions } },
    );
  return { ...decision, conditions };
}
