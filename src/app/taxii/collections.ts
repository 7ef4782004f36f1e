/**
 * Which TAXII collections a caller sees, mapped onto what the node already holds:
 *
 * - `public`: objects marked TLP:CLEAR, which anyone may receive;
 * - `community`: what any member of the federation may receive (TLP:CLEAR and TLP:GREEN),
 *   the sharing community being the States whose nodes federate with this one;
 * - `inbox`: the writable collection where a CERT's tools post what they have; it reads back
 *   what was posted there;
 * - one per incident the caller may see (its STIX incident object and every object linked to
 *   it); writing to it adds objects to the incident.
 *
 * Every object of every collection is then filtered for the caller by the same decision as
 * the rest of Comity (markings, share context, need to know), so a collection shows each
 * person what they may see and nothing else. Ids are stable (derived from the node and what
 * the collection is), aliases are unique within the API root.
 */
import { allows } from '../../core/accounts/policies.js';
import type { Principal } from '../../core/accounts/roles.js';
import type { Audience } from '../../core/sharing/markings/distribution.js';
import { collectionUuid } from '../../core/taxii/collection-id.js';
import type { CollectionScope } from '../../storage/taxii/collection-rows.js';
import { listIncidents } from '../sharing/read-incidents.js';
import type { SharingDeps } from '../sharing/deps.js';

export interface TaxiiCollection {
  readonly id: string;
  readonly alias: string;
  readonly title: string;
  readonly description: string;
  readonly canRead: boolean;
  readonly canWrite: boolean;
  readonly scope: CollectionScope;
  /** A second audience every object must also admit (the public, the community). */
  readonly gate?: Audience;
  /** For an incident's collection: the incident it shows, and its title. */
  readonly incidentId?: string;
  readonly incidentTitle?: string;
}

/** The federation as an audience: a member node with no share addressed to it. */
const COMMUNITY: Audience = { kind: 'node', nodeId: '', organisation: '', state: '' };
const PUBLIC: Audience = { kind: 'public' };

export async function collectionsFor(deps: SharingDeps, principal: Principal): Promise<TaxiiCollection[]> {
  const fixed = fixedCollections(deps, principal);
  if (!allows('stix.read', principal)) return fixed;
  const incidents = await listIncidents(deps, principal);
  // Oldest first, so the list keeps its order as incidents are opened (TAXII 2.1 §3.3).
  const ordered = [...incidents].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  const canWrite = allows('stix.write', principal);
  return [
    ...fixed,
    ...ordered.map((incident) => ({
      id: collectionUuid(`${deps.nodeId}:incident:${incident.id}`),
      alias: `incident-${incident.id}`,
      title: `Incident: ${incident.title}`,
      description: `The incident's STIX object and every object linked to it (legal basis: ${incident.legalBasis.replaceAll('_', ' ')}).`,
      canRead: true,
      canWrite,
      scope: { kind: 'incident' as const, incidentId: incident.id, incidentStixId: incident.stixId },
      incidentId: incident.id,
      incidentTitle: incident.title,
    })),
  ];
}

/** The collection with this id or alias, if the caller may see it. */
export async function findCollection(
  deps: SharingDeps,
  principal: Principal,
  idOrAlias: string,
): Promise<TaxiiCollection | undefined> {
  // The fixed collections are found without deciding which incidents the caller may see.
  const fixed = fixedCollections(deps, principal).find((c) => c.id === idOrAlias || c.alias === idOrAlias);
  if (fixed) return fixed;
  const all = await collectionsFor(deps, principal);
  return all.find((c) => c.id === idOrAlias || c.alias === idOrAlias);
}

function fixedCollections(deps: SharingDeps, principal: Principal): TaxiiCollection[] {
  const canRead = allows('stix.read', principal);
  const canWrite = allows('stix.write', principal);
  if (!canRead && !canWrite) return [];
  const node = deps.nodeId;
  return [
    {
      id: collectionUuid(`${node}:public`),
      alias: 'public',
      title: 'Public (TLP:CLEAR)',
      description: 'Objects marked TLP:CLEAR: anyone may receive them.',
      canRead,
      canWrite: false,
      scope: { kind: 'everything' },
      gate: PUBLIC,
    },
    {
      id: collectionUuid(`${node}:community`),
      alias: 'community',
      title: 'Federation community (TLP:GREEN)',
      description:
        'What every member of the federation may receive: objects marked TLP:GREEN or TLP:CLEAR, from this node and its peers.',
      canRead,
      canWrite: false,
      scope: { kind: 'everything' },
      gate: COMMUNITY,
    },
    {
      id: collectionUuid(`${node}:inbox`),
      alias: 'inbox',
      title: 'Inbox',
      description:
        'Post objects here to bring them into this node: each is checked on its own, stored, and correlated with what the node holds. Reads back what was posted here.',
      canRead,
      canWrite,
      scope: { kind: 'posted', collectionId: collectionUuid(`${node}:inbox`) },
    },
  ];
}
