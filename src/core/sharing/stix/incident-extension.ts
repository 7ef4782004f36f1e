/**
 * The OASIS incident core extension: accepted on incidents, its properties checked for the
 * right JSON kind only (vocabularies stay open, as the extension defines them open).
 */
import { isStixId } from './identifiers.js';
import { isStixTimestamp } from './timestamp.js';

export const INCIDENT_CORE_EXTENSION_ID = 'extension-definition--ef765651-680c-498d-9894-99799f2fa126';

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isStringList: Check = (v) => Array.isArray(v) && v.every(isString);
const isIdList: Check = (v) => Array.isArray(v) && v.every((id) => isStixId(id));
const isObjectList: Check = (v) => Array.isArray(v) && v.every((x) => x !== null && typeof x === 'object');

const PROPERTY_CHECKS: Readonly<Record<string, [Check, string]>> = {
  extension_type: [(v) => v === 'property-extension', "'property-extension'"],
  determination: [isString, 'a string'],
  investigation_status: [isString, 'a string'],
  recoverability: [isString, 'a string'],
  blocked: [(v) => typeof v === 'boolean', 'a boolean'],
  criticality: [(v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100, 'an integer 0-100'],
  incident_types: [isStringList, 'a list of strings'],
  detection_methods: [isStringList, 'a list of strings'],
  first_seen: [isStixTimestamp, 'a timestamp'],
  last_seen: [isStixTimestamp, 'a timestamp'],
  scores: [isObjectList, 'a list of objects'],
  impacted_entity_counts: [
    (v) =>
      v !== null &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      Object.values(v).every((n) => Number.isInteger(n) && (n as number) >= 0),
    'a dictionary of non-negative integers',
  ],
  impact_refs: [isIdList, 'a list of identifiers'],
  task_refs: [isIdList, 'a list of identifiers'],
  event_refs: [isIdList, 'a list of identifiers'],
  sighting_refs: [isIdList, 'a list of identifiers'],
  other_refs: [isIdList, 'a list of identifiers'],
};

/** The first property of the extension body with the wrong kind of value, if any. */
export function checkIncidentExtension(body: unknown): { reason: string; property?: string } | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { reason: 'the incident core extension must be an object' };
  }
  for (const [key, value] of Object.entries(body)) {
    const check = PROPERTY_CHECKS[key];
    if (check && !check[0](value)) return { reason: `${key} must be ${check[1]}`, property: key };
  }
  return undefined;
}
