/**
 * Shares an incident with the nodes of other States. Every object of the incident is judged
 * per peer (markings, and for received objects the originator's conditions); what may go is
 * queued in the same transaction as the share's record, timeline entry and audit event, and
 * the answer says per peer which objects went and which were withheld, and why. A target
 * State without a trusted peer stops the whole share before anything is written.
 */
import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../../core/audit/chain.js';
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { ValidationError } from '../../core/errors.js';
import { outgoingContext } from '../../core/sharing/incidents/audiences.js';
import type { TransferConditions } from '../../core/sharing/incidents/transfer-conditions.js';
import type { StixObject } from '../../core/sharing/stix/validate.js';
import { runCommand } from '../../storage/command.js';
import type { Tx } from '../../storage/database.js';
import { currentObjects, heldMarkings } from '../../storage/sharing/current-objects.js';
import { requireIncidentRow, incidentMemberIds } from '../../storage/sharing/incident-rows.js';
import { withdrawnAmong } from '../../storage/sharing/shared-objects.js';
import { addTimelineEntry } from '../../storage/sharing/timeline.js';
import { peerServing } from '../../federation/peers/peers-store.js';
import { requireCourier, requireState, type SharingDeps } from './deps.js';
import { decideForPeer, type OutgoingObject } from '../../core/sharing/incidents/peer-decision.js';
import { customDefinitionsFor } from '../../core/sharing/markings/definitions-to-send.js';
import { factsOf } from './present.js';
import { sendObjects } from './send-objects.js';

export interface ShareInput {
  readonly targetStates: readonly string[];
  readonly namedRecipients?: readonly string[];
  /** Defaults to the nodes of the target States. */
  readonly recipientOrganisations?: readonly string[];
  readonly conditions: TransferConditions;
}

export interface PeerOutcome {
  peer: string;
  state: string;
  messageIds: string[];
  sent: Array<{ id: string; type: string; redactedPaths: readonly string[] }>;
  withheld: Array<{ id: string; type: string; reason: string; marking?: string; condition?: string }>;
}

export interface ShareOutcome {
  shareId: string;
  incidentId: string;
  peers: PeerOutcome[];
}

/**
 * What a share would send: per peer, the objects that go (with what is redacted) and those
 * withheld with the reason. The share and its preview both ask this, inside their transaction,
 * so the preview is the decision the federation then applies — not a second copy of the rules.
 */
async function planShare(
  tx: Tx,
  deps: SharingDeps,
  ourState: string,
  incidentId: string,
  input: ShareInput,
  shareId: string,
) {
  const targets = [...new Set(input.targetStates)];
  targets.forEach((state, i) => {
    if (state === ourState)
      throw new ValidationError(
        "an incident is shared with other States, not with this node's own",
        [{ path: `/targetStates/${i}`, message: `is this node's State (${state})` }],
        'own_state',
      );
  });
  const row = await requireIncidentRow(tx.db, incidentId);
  const peers: Array<{ nodeId: string; state: string }> = [];
  for (const state of targets) peers.push({ nodeId: await peerServing(tx.db, state), state });
  const context = outgoingContext({
    nodeId: deps.nodeId,
    state: ourState,
    recipientStates: targets,
    recipientOrganisations: input.recipientOrganisations ?? peers.map((p) => p.nodeId),
    namedRecipients: input.namedRecipients ?? [],
  });
  const ids = [row.stix_id, ...(await incidentMemberIds(tx.db, incidentId))];
  const withdrawn = await withdrawnAmong(tx.db, ids);
  const stored = (await currentObjects(tx.db, ids)).filter((s) => !withdrawn.has(s.id));
  const markings = (await heldMarkings(tx.db)) as Map<string, StixObject>;
  const consents = new Set(
    (
      await tx.db
        .selectFrom('onward_consents')
        .select('state')
        .where('incident_id', '=', incidentId)
        .execute()
    ).map((c) => c.state),
  );
  const plan = peers.map((peer) => {
    const result: PeerOutcome = {
      peer: peer.nodeId,
      state: peer.state,
      messageIds: [],
      sent: [],
      withheld: [],
    };
    const going: OutgoingObject[] = [];
    for (const s of stored) {
      const d = decideForPeer(s, peer, markings, { context, conditions: input.conditions }, (st) =>
        consents.has(st),
      );
      if (d.go) {
        going.push(d.outgoing);
        result.sent.push({ id: s.id, type: s.type, redactedPaths: d.redactedPaths });
      } else
        result.withheld.push({
          id: s.id,
          type: s.type,
          reason: d.reason,
          ...(d.marking ? { marking: d.marking } : {}),
          ...(d.condition ? { condition: d.condition } : {}),
        });
    }
    // Definitions of custom markings go along, or the peer would withhold what uses them.
    for (const definition of customDefinitionsFor(
      going.map((g) => g.object),
      markings,
    ))
      going.push({ object: definition, context, conditions: input.conditions });
    return { result, going };
  });
  return { row, peers, context, plan, outcome: { shareId, incidentId, peers: plan.map((p) => p.result) } };
}

/** The share as it would go now, written nowhere: what the console shows before "Send". */
export async function previewShare(
  deps: SharingDeps,
  incidentId: string,
  input: ShareInput,
): Promise<ShareOutcome> {
  const ourState = await requireState(deps);
  // One transaction, so the preview reads the objects, markings and consents as of one moment.
  return deps.database.transact(
    async (tx) => (await planShare(tx, deps, ourState, incidentId, input, '')).outcome,
  );
}

export async function shareIncident(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  incidentId: string,
  input: ShareInput,
): Promise<ShareOutcome> {
  const courier = requireCourier(deps);
  const ourState = await requireState(deps);
  const at = ctx.clock.now().toISOString();
  return runCommand(deps.database, ctx, async (tx) => {
    const shareId = randomUUID();
    const { row, peers, context, plan, outcome } = await planShare(
      tx,
      deps,
      ourState,
      incidentId,
      input,
      shareId,
    );
    const facts = factsOf(row, deps.nodeId);
    const audit: AuditEntry[] = [];
    for (const { result, going } of plan) {
      if (going.length === 0) continue;
      const sent = await sendObjects(tx, courier, {
        peer: result.peer,
        kind: 'share',
        shareId,
        incident: facts,
        objects: going,
        at,
      });
      result.messageIds = sent.messageIds;
      audit.push(...sent.audit);
    }
    await tx.db
      .insertInto('incident_shares')
      .values({
        id: shareId,
        incident_id: incidentId,
        direction: 'out',
        peers: JSON.stringify(peers.map((p) => p.nodeId)),
        context: JSON.stringify(context),
        conditions: JSON.stringify(input.conditions),
        outcome: JSON.stringify(outcome.peers),
        created_by: principal.userId,
        created_at: at,
      })
      .execute();
    const summary = outcome.peers
      .map((p) => `${p.state}: ${p.sent.length} sent, ${p.withheld.length} withheld`)
      .join('; ');
    await addTimelineEntry(tx, {
      incidentId,
      at,
      kind: 'shared',
      text: `Shared with ${summary}`,
      actor: `user:${principal.userId}`,
      details: {
        shareId,
        conditions: input.conditions,
        peers: outcome.peers.map((p) => ({
          state: p.state,
          sent: p.sent.length,
          withheld: p.withheld.length,
        })),
      },
    });
    audit.push({
      actor: ctx.actor,
      action: 'incident.share',
      subjectType: 'incident',
      subjectId: incidentId,
      legalBasis: row.legal_basis,
      details: {
        shareId,
        conditions: input.conditions,
        context,
        peers: outcome.peers.map((p) => ({
          peer: p.peer,
          sent: p.sent.map((s) => s.id),
          withheld: p.withheld.map((w) => ({ id: w.id, reason: w.reason })),
        })),
      },
    });
    return { value: outcome, audit };
  });
}
