/** Incident rows as the API and the wire show them. */
import type { IncidentFacts, IncidentStatus, SharingLegalBasis } from '../../core/sharing/incidents/facts.js';
import type { IncidentsTable } from '../../storage/schema.js';

export interface IncidentView extends IncidentFacts {
  readonly caseId: string | null;
  /** 'local', or the peer it was received from. */
  readonly receivedFrom: string | null;
  readonly assignees: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The incident object's markings (its TLP), where the caller was shown the object. */
  readonly markings?: readonly string[];
}

/** The facts of a row; a local incident's origin is this node. */
export function factsOf(row: IncidentsTable, nodeId: string): IncidentFacts {
  return {
    id: row.id,
    stixId: row.stix_id,
    title: row.title,
    status: row.status as IncidentStatus,
    affectedStates: JSON.parse(row.affected_states) as string[],
    sectors: JSON.parse(row.sectors) as string[],
    legalBasis: row.legal_basis as SharingLegalBasis,
    originNode: row.origin_node === 'local' ? nodeId : row.origin_node,
    originState: row.origin_state,
  };
}

export function viewOf(row: IncidentsTable, nodeId: string): IncidentView {
  return {
    ...factsOf(row, nodeId),
    caseId: row.case_id,
    receivedFrom: row.origin_node === 'local' ? null : row.origin_node,
    assignees: JSON.parse(row.assignees) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
