/**
 * MISP galaxy clusters as STIX domain objects, where STIX has one for the galaxy's kind: a
 * threat actor, an intrusion set, an attack pattern, a malware family, a tool, a course of
 * action. The cluster travels whole in `x_misp_galaxy_cluster` (with its galaxy), and the
 * event keeps its `Galaxy` list, so an event exported back to MISP has its galaxies as they
 * came. Clusters of other galaxies (sectors, countries…) stay in the event only.
 */
import type { StixObject } from '../../core/sharing/stix/validate.js';

export interface MispGalaxyCluster {
  readonly uuid: string;
  readonly value: string;
  readonly type?: string;
  readonly description?: string;
  readonly tag_name?: string;
  readonly meta?: Record<string, unknown>;
}

export interface MispGalaxy {
  readonly uuid?: string;
  readonly name?: string;
  readonly type: string;
  readonly namespace?: string;
  readonly GalaxyCluster?: readonly MispGalaxyCluster[];
}

type DomainType =
  | 'threat-actor'
  | 'intrusion-set'
  | 'attack-pattern'
  | 'malware'
  | 'tool'
  | 'course-of-action';

/** MISP galaxy types (from the misp-galaxy repository) and the STIX type of their clusters. */
const GALAXY_TYPES: Readonly<Record<string, DomainType>> = {
  'threat-actor': 'threat-actor',
  'microsoft-activity-group': 'threat-actor',
  'mitre-intrusion-set': 'intrusion-set',
  'mitre-attack-pattern': 'attack-pattern',
  'mitre-enterprise-attack-attack-pattern': 'attack-pattern',
  'mitre-mobile-attack-attack-pattern': 'attack-pattern',
  'mitre-ics-techniques': 'attack-pattern',
  'mitre-malware': 'malware',
  'mitre-enterprise-attack-malware': 'malware',
  ransomware: 'malware',
  malpedia: 'malware',
  banker: 'malware',
  botnet: 'malware',
  rat: 'malware',
  stealer: 'malware',
  backdoor: 'malware',
  android: 'malware',
  'exploit-kit': 'tool',
  'mitre-tool': 'tool',
  'mitre-enterprise-attack-tool': 'tool',
  tool: 'tool',
  'mitre-course-of-action': 'course-of-action',
};

/** STIX types whose objects may carry `aliases`. */
const WITH_ALIASES = new Set<DomainType>([
  'threat-actor',
  'intrusion-set',
  'malware',
  'tool',
  'attack-pattern',
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The STIX type for clusters of a galaxy type, if STIX has one. */
export const stixTypeOfGalaxy = (type: string): DomainType | undefined => GALAXY_TYPES[type];

/** The STIX objects for an event's galaxy clusters, each with the event's markings. */
export function galaxyObjects(
  galaxies: readonly MispGalaxy[] | undefined,
  markings: { object_marking_refs?: string[] },
  time: string,
): StixObject[] {
  const made = new Map<string, StixObject>();
  for (const galaxy of Array.isArray(galaxies) ? galaxies : []) {
    const type = typeof galaxy?.type === 'string' ? stixTypeOfGalaxy(galaxy.type) : undefined;
    if (!type) continue;
    for (const cluster of Array.isArray(galaxy.GalaxyCluster) ? galaxy.GalaxyCluster : []) {
      if (typeof cluster?.uuid !== 'string' || !UUID.test(cluster.uuid)) continue;
      if (typeof cluster.value !== 'string' || cluster.value.length === 0) continue;
      const id = `${type}--${cluster.uuid.toLowerCase()}`;
      const synonyms = cluster.meta?.synonyms;
      const aliases = Array.isArray(synonyms)
        ? synonyms.filter((s): s is string => typeof s === 'string' && s.length > 0)
        : [];
      made.set(id, {
        type,
        spec_version: '2.1',
        id,
        created: time,
        modified: time,
        name: cluster.value,
        ...(type === 'malware' ? { is_family: true } : {}),
        ...(cluster.description ? { description: cluster.description } : {}),
        ...(aliases.length > 0 && WITH_ALIASES.has(type) ? { aliases } : {}),
        ...markings,
        x_misp_galaxy_cluster: {
          galaxy: {
            type: galaxy.type,
            ...(galaxy.name ? { name: galaxy.name } : {}),
            ...(galaxy.uuid ? { uuid: galaxy.uuid } : {}),
          },
          uuid: cluster.uuid,
          value: cluster.value,
          ...(cluster.tag_name ? { tag_name: cluster.tag_name } : {}),
        },
      } as StixObject);
    }
  }
  return [...made.values()];
}
