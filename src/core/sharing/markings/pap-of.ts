/**
 * The PAP level of an object, for clients to show: PAP does not restrict distribution but
 * travels with the data. Read from PAP markings (Comity's ids or statement markings the node
 * knows) and from MISP-style `PAP:GREEN` labels; the most restrictive wins.
 */
import type { StixObject } from '../stix/validate.js';
import { classifyMarking } from './classify.js';
import { PAP_LEVELS, type Pap, papFromLabel } from './pap.js';

export function papOf(
  object: StixObject,
  knownMarkings: ReadonlyMap<string, StixObject> = new Map(),
): Pap | undefined {
  const found: Pap[] = [];
  const refs = object['object_marking_refs'];
  if (Array.isArray(refs)) {
    for (const ref of refs) {
      if (typeof ref !== 'string') continue;
      const meaning = classifyMarking(ref, knownMarkings);
      if (meaning.kind === 'pap') found.push(meaning.pap);
    }
  }
  const labels = object['labels'];
  if (Array.isArray(labels)) {
    for (const label of labels) {
      const pap = typeof label === 'string' ? papFromLabel(label) : undefined;
      if (pap) found.push(pap);
    }
  }
  return found.sort((a, b) => PAP_LEVELS.indexOf(b) - PAP_LEVELS.indexOf(a))[0];
}
