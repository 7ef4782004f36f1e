/**
 * PAP (Permissible Actions Protocol) has no standard STIX marking. Comity carries it as
 * `statement` marking-definitions with fixed ids, so every node names the same PAP level with
 * the same id: UUIDv5 (RFC 4122, SHA-1) of `PAP:<LEVEL>` in the Comity marking namespace,
 * itself the UUIDv5 of `urn:comity:marking-definition` in the RFC 4122 URL namespace. The ids
 * are written out below and a test recomputes them, so they can never drift.
 */
import type { StixObject } from '../stix/validate.js';

export type Pap = 'clear' | 'green' | 'amber' | 'red';

/** From least to most restrictive. */
export const PAP_LEVELS: readonly Pap[] = ['clear', 'green', 'amber', 'red'];

/** uuidV5(URL_NAMESPACE, 'urn:comity:marking-definition'). */
export const COMITY_MARKING_NAMESPACE = 'dbf15d6a-b683-5512-be68-52707fa0a6bf';

/** uuidV5(COMITY_MARKING_NAMESPACE, 'PAP:CLEAR') and so on. */
export const PAP_MARKING_IDS: Readonly<Record<Pap, string>> = {
  clear: 'marking-definition--b4dace27-b614-5a96-9251-cc9819de9758',
  green: 'marking-definition--e84e801a-101b-5e50-be05-fd2f34d1183d',
  amber: 'marking-definition--bb5c2a6c-9c44-576d-81c1-6fdc1d762d19',
  red: 'marking-definition--2b1c969c-2915-574e-9d74-43c99929c68c',
};

const PAP_BY_ID = new Map<string, Pap>(
  (Object.entries(PAP_MARKING_IDS) as Array<[Pap, string]>).map(([p, id]) => [id, p]),
);

const PAP_MEANING: Readonly<Record<Pap, string>> = {
  clear: 'no restriction on actions taken with this information',
  green: 'active actions allowed if they cannot be detected by the adversary',
  amber: 'passive actions only: no action that could alert the adversary',
  red: 'no action outside the recipient organisation: use for non-detectable defence only',
};

export function papOfStandardId(id: string): Pap | undefined {
  return PAP_BY_ID.get(id);
}

/** Recognises `PAP:GREEN`-style labels and statements, case-insensitively; WHITE is CLEAR. */
export function papFromLabel(label: string): Pap | undefined {
  const match = /^\s*pap\s*:\s*"?(clear|white|green|amber|red)"?(?!\w)/i.exec(label);
  if (!match) return undefined;
  const level = match[1]!.toLowerCase();
  return level === 'white' ? 'clear' : (level as Pap);
}

/** Comity's statement marking-definition for a PAP level. */
export function papMarkingDefinition(pap: Pap): StixObject {
  const name = `PAP:${pap.toUpperCase()}`;
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: PAP_MARKING_IDS[pap],
    created: '2025-01-01T00:00:00.000Z',
    name,
    definition_type: 'statement',
    definition: { statement: `${name} - ${PAP_MEANING[pap]}` },
  };
}
