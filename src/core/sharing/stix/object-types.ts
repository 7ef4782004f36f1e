/** The object types STIX 2.1 defines, grouped as the specification groups them. */

export const DOMAIN_OBJECT_TYPES = [
  'attack-pattern',
  'campaign',
  'course-of-action',
  'grouping',
  'identity',
  'incident',
  'indicator',
  'infrastructure',
  'intrusion-set',
  'location',
  'malware',
  'malware-analysis',
  'note',
  'observed-data',
  'opinion',
  'report',
  'threat-actor',
  'tool',
  'vulnerability',
] as const;

export const RELATIONSHIP_OBJECT_TYPES = ['relationship', 'sighting'] as const;

export const CYBER_OBSERVABLE_TYPES = [
  'artifact',
  'autonomous-system',
  'directory',
  'domain-name',
  'email-addr',
  'email-message',
  'file',
  'ipv4-addr',
  'ipv6-addr',
  'mac-addr',
  'mutex',
  'network-traffic',
  'process',
  'software',
  'url',
  'user-account',
  'windows-registry-key',
  'x509-certificate',
] as const;

export const META_OBJECT_TYPES = ['language-content', 'marking-definition', 'extension-definition'] as const;

export type StixCategory = 'sdo' | 'sro' | 'sco' | 'meta' | 'custom';

const CATEGORY = new Map<string, StixCategory>([
  ...DOMAIN_OBJECT_TYPES.map((t) => [t, 'sdo'] as const),
  ...RELATIONSHIP_OBJECT_TYPES.map((t) => [t, 'sro'] as const),
  ...CYBER_OBSERVABLE_TYPES.map((t) => [t, 'sco'] as const),
  ...META_OBJECT_TYPES.map((t) => [t, 'meta'] as const),
]);

/** The category of a type name: standard, custom (`x-…`), or undefined when neither. */
export function categoryOf(type: string): StixCategory | undefined {
  return CATEGORY.get(type) ?? (type.startsWith('x-') ? 'custom' : undefined);
}
