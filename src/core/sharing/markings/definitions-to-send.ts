/**
 * The custom marking-definitions that objects going to a peer refer to. A receiving node fails
 * closed on markings it does not know, so an object marked with, say, a statement of terms
 * would be invisible there unless its definition travels with it. Standard TLP and PAP
 * definitions are known everywhere and never sent.
 */
import { papOfStandardId } from './pap.js';
import { tlpOfStandardId } from './tlp.js';
import type { StixObject, StixObjectRecord } from '../stix/validate.js';

export function markingRefsOf(object: StixObjectRecord): string[] {
  const refs = Array.isArray(object['object_marking_refs'])
    ? (object['object_marking_refs'] as unknown[])
    : [];
  const granular = Array.isArray(object['granular_markings'])
    ? (object['granular_markings'] as unknown[])
    : [];
  const granularRefs = granular.map((g) =>
    g && typeof g === 'object' ? (g as { marking_ref?: unknown }).marking_ref : undefined,
  );
  return [...refs, ...granularRefs].filter((r): r is string => typeof r === 'string');
}

/** Definitions held here for the custom markings `objects` use, not already among them. */
export function customDefinitionsFor(
  objects: readonly StixObjectRecord[],
  held: ReadonlyMap<string, StixObject>,
): StixObjectRecord[] {
  const present = new Set(objects.map((o) => o.id));
  const wanted = new Set(
    objects
      .flatMap(markingRefsOf)
      .filter(
        (ref) =>
          !present.has(ref) && tlpOfStandardId(ref) === undefined && papOfStandardId(ref) === undefined,
      ),
  );
  return [...wanted].flatMap((ref) => {
    const definition = held.get(ref);
    return definition ? [definition as StixObjectRecord] : [];
  });
}
