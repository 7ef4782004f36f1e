/**
 * What a marking reference means to this node. Standard ids are recognised without looking
 * anything up (and cannot be redefined by a look-alike object); anything else must be a
 * marking-definition the node holds, of a kind it understands. Everything else is
 * "unusable", and callers fail closed on it.
 */
import type { StixObject } from '../stix/validate.js';
import { type Pap, papFromLabel, papOfStandardId } from './pap.js';
import { type Tlp, TLP_2_EXTENSION_ID, tlpDeclaredBy, tlpOfStandardId } from './tlp.js';

export type MarkingMeaning =
  | { kind: 'tlp'; tlp: Tlp }
  | { kind: 'pap'; pap: Pap }
  | { kind: 'statement'; statement: string }
  | { kind: 'unusable'; reason: string };

export function classifyMarking(ref: string, knownMarkings: ReadonlyMap<string, StixObject>): MarkingMeaning {
  const standardTlp = tlpOfStandardId(ref);
  if (standardTlp) return { kind: 'tlp', tlp: standardTlp };
  const standardPap = papOfStandardId(ref);
  if (standardPap) return { kind: 'pap', pap: standardPap };
  const definition = knownMarkings.get(ref);
  if (!definition) return { kind: 'unusable', reason: `marking ${ref} is not known to this node` };
  if (definition.type !== 'marking-definition' || definition.id !== ref) {
    return { kind: 'unusable', reason: `marking ${ref} does not resolve to its marking-definition` };
  }
  const tlp = tlpDeclaredBy(definition);
  if (tlp) return { kind: 'tlp', tlp };
  if (definition['definition_type'] === 'tlp' || hasExtension(definition, TLP_2_EXTENSION_ID)) {
    return { kind: 'unusable', reason: `marking ${ref} declares a TLP level this node does not recognise` };
  }
  if (definition['definition_type'] === 'statement') {
    const body = definition['definition'];
    const statement =
      body !== null && typeof body === 'object' ? (body as Record<string, unknown>)['statement'] : undefined;
    if (typeof statement !== 'string')
      return { kind: 'unusable', reason: `marking ${ref} has no statement text` };
    const pap =
      papFromLabel(statement) ??
      (typeof definition['name'] === 'string' ? papFromLabel(definition['name']) : undefined);
    return pap ? { kind: 'pap', pap } : { kind: 'statement', statement };
  }
  const declared = definition['definition_type'];
  const what = typeof declared === 'string' ? `of definition type '${declared}'` : 'of an unknown kind';
  return { kind: 'unusable', reason: `marking ${ref} is ${what}, which this node cannot enforce` };
}

function hasExtension(definition: StixObject, extensionId: string): boolean {
  const extensions = definition['extensions'];
  return extensions !== null && typeof extensions === 'object' && Object.hasOwn(extensions, extensionId);
}
