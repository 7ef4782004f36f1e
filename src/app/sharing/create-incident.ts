/**
 * Opens an incident: its STIX `incident` object (with the Incident Core Extension) in the STIX
 * store, the row of Comity facts, a first timeline entry, and any objects given with it, all
 * in one audited transaction; then correlation against what peers have shared.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import type { IncidentStatus, SharingLegalBasis } from '../../core/sharing/incidents/facts.js';
import { TLP_MARKING_IDS, type Tlp } from '../../core/sharing/markings/tlp.js';
import { INCIDENT_CORE_EXTENSION_ID } from '../../core/sharing/stix/incident-extension.js';
import { runCommand } from '../../storage/command.js';
import { insertIncident } from '../../storage/sharing/incident-rows.js';
import { addTimelineEntry } from '../../storage/sharing/timeline.js';
import { putStixObject } from '../../storage/sharing/put-object.js';
import { loadVisible } from '../cases/cases.js';
import { correlate } from './correlate.js';
import { requireState, type SharingDeps } from './deps.js';
import { type IncidentView, viewOf } from './present.js';
import { type ObjectReport, storeLocalObjects } from './store-objects.js';

export interface NewIncident {
  readonly title: string;
  readonly description?: string;
  readonly status?: IncidentStatus;
  readonly caseId?: string;
  readonly affectedStates?: readonly string[];
  readonly sectors?: readonly string[];
  readonly legalBasis: SharingLegalBasis;
  /** TLP of the incident object itself (default amber). */
  readonly tlp?: Tlp;
  readonly objects?: readonly unknown[];
}

export async function createIncident(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  input: NewIncident,
): Promise<{ incident: IncidentView; objects: ObjectReport[] }> {
  const state = await requireState(deps);
  if (input.caseId) await loadVisible(deps.database.db, principal, input.caseId);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const id = randomUUID();
  const status = input.status ?? 'open';
  const stixIncident = {
    type: 'incident',
    spec_version: '2.1',
    id: `incident--${id}`,
    created: at,
    modified: at,
    name: input.title,
    ...(input.description ? { description: input.description } : {}),
    object_marking_refs: [TLP_MARKING_IDS[input.tlp ?? 'amber']],
    extensions: {
      [INCIDENT_CORE_EXTENSION_ID]: { extension_type: 'property-extension', investigation_status: status },
    },
  };
  return runCommand(deps.database, ctx, async (tx) => {
    await putStixObject(tx, { object: stixIncident, observables: [], source: 'local', at });
    const row = {
      id,
      stix_id: stixIncident.id,
      case_id: input.caseId ?? null,
      title: input.title,
      status,
      affected_states: JSON.stringify([...new Set(input.affectedStates ?? [])]),
      sectors: JSON.stringify([...new Set(input.sectors ?? [])]),
      legal_basis: input.legalBasis,
      origin_node: 'local',
      origin_state: state,
      assignees: JSON.stringify([principal.userId]),
      created_by: principal.userId,
      created_at: at,
      updated_at: at,
    };
    await insertIncident(tx, row);
    await addTimelineEntry(tx, {
      incidentId: id,
      at,
      kind: 'created',
      text: `Incident opened: ${input.title}`,
      actor: `user:${principal.userId}`,
      details: { title: input.title },
    });
    const stored = await storeLocalObjects(tx, id, input.objects ?? [], at);
    const alerts = await correlate(tx, now, stored.subjects);
    return {
      value: { incident: viewOf(row, deps.nodeId), objects: stored.report },
      audit: [
        {
          actor: ctx.actor,
          action: 'incident.create',
          subjectType: 'incident',
          subjectId: id,
          legalBasis: input.legalBasis,
          details: { stixId: stixIncident.id, caseId: row.case_id, objects: stored.changed },
        },
        ...alerts,
      ],
    };
  });
}
