/** The vocabularies of an incident's Comity facts, shared by the API and the wire messages. */

export const INCIDENT_STATUSES = ['open', 'contained', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Why this node may pass the information to another State (UNCC arts 40, 47, 56 and CERT practice). */
export const SHARING_LEGAL_BASES = [
  'spontaneous_information',
  'police_cooperation',
  'mutual_legal_assistance',
  'cert_cooperation',
  'public_warning',
] as const;
export type SharingLegalBasis = (typeof SHARING_LEGAL_BASES)[number];

/** What the facts of an incident are, as both the API and `sharing.objects` carry them. */
export interface IncidentFacts {
  readonly id: string;
  readonly stixId: string;
  readonly title: string;
  readonly status: IncidentStatus;
  readonly affectedStates: readonly string[];
  readonly sectors: readonly string[];
  readonly legalBasis: SharingLegalBasis;
  /** Node id of the node that created it. */
  readonly originNode: string;
  readonly originState: string;
}
