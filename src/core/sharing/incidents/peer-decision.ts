/**
 * Whether one stored object may go to one peer node, and in what form. Objects this node
 * created go under the context of the share at hand; objects it received go only under their
 * original context and conditions: the markings must admit the peer as the originator set them,
 * and the transfer conditions must allow onward transfer (with consent on record, when asked).
 */
import { nodeAudience } from './audiences.js';
import { onwardTransferCheck, parseConditions, type TransferConditions } from './transfer-conditions.js';
import { mayDistribute, redact, type ShareContext } from '../markings/distribution.js';
import type { StixObject, StixObjectRecord } from '../stix/validate.js';

/** A stored version of an object, as far as the decision needs it. */
export interface HeldObject {
  readonly object: StixObjectRecord;
  /** 'local' or the node id of the peer that sent this version. */
  readonly source: string;
  readonly shareContext: unknown;
}

/** An object as it may go to one peer, with the context and conditions it travels under. */
export interface OutgoingObject {
  /** As it may go to this peer (redacted where the markings say so). */
  readonly object: StixObjectRecord;
  readonly context: ShareContext;
  readonly conditions: TransferConditions;
}

export type PeerDecision =
  | { go: true; outgoing: OutgoingObject; redactedPaths: readonly string[] }
  | { go: false; reason: string; marking?: string; condition?: string };

export function decideForPeer(
  stored: HeldObject,
  peer: { nodeId: string; state: string },
  markings: ReadonlyMap<string, StixObject>,
  local: { context: ShareContext; conditions: TransferConditions },
  consentFor: (state: string) => boolean,
): PeerDecision {
  if (stored.source === peer.nodeId)
    return { go: false, reason: 'the peer sent this object: it holds it already' };
  let context = local.context;
  let conditions = local.conditions;
  if (stored.source !== 'local') {
    const original = stored.shareContext as (ShareContext & { conditions?: unknown }) | null;
    const parsed = parseConditions(original?.conditions);
    if (!original || !parsed)
      return {
        go: false,
        reason: 'received without readable share context or transfer conditions',
        condition: 'missing',
      };
    context = stripped(original);
    conditions = parsed;
  }
  const decision = mayDistribute(
    stored.object as StixObject,
    markings,
    context,
    nodeAudience(peer.nodeId, peer.state),
  );
  if (!decision.allowed)
    return { go: false, reason: decision.reason, ...(decision.marking ? { marking: decision.marking } : {}) };
  if (stored.source !== 'local' && context.originOrganisation !== peer.nodeId) {
    const onward = onwardTransferCheck(conditions, consentFor(peer.state));
    if (!onward.ok) return { go: false, reason: onward.reason, condition: onward.condition };
  }
  const object =
    decision.redactedPaths.length > 0
      ? redact(stored.object as StixObject, decision.redactedPaths)
      : stored.object;
  return { go: true, outgoing: { object, context, conditions }, redactedPaths: decision.redactedPaths };
}

/** The five ShareContext fields only: what was stored beside them stays on this node. */
export function stripped(context: ShareContext): ShareContext {
  return {
    originOrganisation: context.originOrganisation,
    originState: context.originState,
    recipientOrganisations: context.recipientOrganisations,
    recipientStates: context.recipientStates,
    namedRecipients: context.namedRecipients,
  };
}
