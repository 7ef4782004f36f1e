/**
 * Traffic Light Protocol markings as STIX marking-definitions: the TLP 2.0 objects defined
 * by the OASIS TLP 2.0 extension (the ids every STIX producer uses), the TLP 1.0 objects of
 * the STIX 2.1 specification mapped onto their 2.0 equivalents, and label parsing for
 * MISP-style `tlp:amber+strict` tags. PAP lives in pap.ts and is re-exported here.
 */
import type { StixObject } from '../stix/validate.js';

export type Tlp = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';

/** From least to most restrictive. */
export const TLP_LEVELS: readonly Tlp[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];

/** The extension-definition that carries `tlp_2_0` on the TLP 2.0 marking-definitions. */
export const TLP_2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

export const TLP_MARKING_IDS: Readonly<Record<Tlp, string>> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** TLP 1.0 ids from the STIX 2.1 specification; WHITE became CLEAR in TLP 2.0. */
export const TLP_1_MARKING_IDS = {
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
} as const;

const STANDARD_TLP = new Map<string, Tlp>([
  ...(Object.entries(TLP_MARKING_IDS) as Array<[Tlp, string]>).map(([tlp, id]) => [id, tlp] as const),
  [TLP_1_MARKING_IDS.white, 'clear'],
  [TLP_1_MARKING_IDS.green, 'green'],
  [TLP_1_MARKING_IDS.amber, 'amber'],
  [TLP_1_MARKING_IDS.red, 'red'],
]);

/** The TLP level of a standard (1.0 or 2.0) marking-definition id, or undefined. */
export function tlpOfStandardId(id: string): Tlp | undefined {
  return STANDARD_TLP.get(id);
}

/**
 * A TLP level named in text: `clear`, `white` (TLP 1.0, mapped to clear), `green`, `amber`,
 * `amber+strict`, `red`. Case-insensitive; anything else is undefined.
 */
export function tlpFromName(name: string): Tlp | undefined {
  const level = name.trim().toLowerCase();
  if (level === 'white') return 'clear';
  return (TLP_LEVELS as readonly string[]).includes(level) ? (level as Tlp) : undefined;
}

/** Recognises `TLP:GREEN`, `tlp:amber+strict`, `tlp:white` labels and MISP tags. */
export function tlpFromLabel(label: string): Tlp | undefined {
  const match = /^\s*tlp\s*:\s*(.+)$/i.exec(label);
  return match ? tlpFromName(match[1]!.replace(/^"|"$/g, '')) : undefined;
}

/** The standard TLP 2.0 marking-definition object for a level, as the extension publishes it. */
export function tlpMarkingDefinition(tlp: Tlp): StixObject {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP_MARKING_IDS[tlp],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${tlp.toUpperCase()}`,
    extensions: {
      [TLP_2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: tlp },
    },
  };
}

/** The TLP level a marking-definition object itself declares (TLP 2.0 extension or 1.0 `tlp`). */
export function tlpDeclaredBy(definition: StixObject): Tlp | undefined {
  const extensions = definition['extensions'];
  if (extensions !== null && typeof extensions === 'object') {
    const body = (extensions as Record<string, unknown>)[TLP_2_EXTENSION_ID];
    if (body !== null && typeof body === 'object') {
      const level = (body as Record<string, unknown>)['tlp_2_0'];
      if (typeof level === 'string' && level !== 'white') return tlpFromName(level);
    }
  }
  if (definition['definition_type'] === 'tlp') {
    const body = definition['definition'];
    const level =
      body !== null && typeof body === 'object' ? (body as Record<string, unknown>)['tlp'] : undefined;
    // TLP 1.0 had no CLEAR or AMBER+STRICT: anything beyond its four levels is not trusted.
    if (level === 'white' || level === 'green' || level === 'amber' || level === 'red')
      return tlpFromName(level);
  }
  return undefined;
}

export {
  COMITY_MARKING_NAMESPACE,
  PAP_LEVELS,
  PAP_MARKING_IDS,
  type Pap,
  papFromLabel,
  papMarkingDefinition,
  papOfStandardId,
} from './pap.js';
