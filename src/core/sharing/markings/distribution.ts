/**
 * The decision whether one STIX object may go to one audience, and which of its fields must
 * be removed first. Fail closed throughout: a marking the node cannot interpret, a malformed
 * marking list or a granular selector that designates nothing stops the whole object.
 * Markings combine by intersection (every TLP marking present must admit the audience), so
 * the most restrictive always applies and adding a marking can never widen distribution.
 */
import { formatSelector, resolveSelector, type SelectorStep, selectorCovers } from '../stix/selectors.js';
import type { StixObject } from '../stix/validate.js';
import { type Audience, audienceMayReceive, isOrigin, type ShareContext } from './audience.js';
import { classifyMarking } from './classify.js';
import { type Tlp, TLP_LEVELS } from './tlp.js';

export type { Audience, ShareContext } from './audience.js';
export { papOf } from './pap-of.js';
export { redact } from './redact.js';

export type Decision =
  | { allowed: true; redactedPaths: string[] }
  | { allowed: false; reason: string; marking?: string };

/** Applied when an object carries no object-level TLP marking: safe, and what most CERTs assume. */
export const DEFAULT_TLP: Tlp = 'amber';

/** Fields a recipient cannot do without: if one of them would be redacted, nothing is sent. */
const UNREDACTABLE = ['type', 'id', 'spec_version', 'object_marking_refs', 'granular_markings'];

export function mayDistribute(
  object: StixObject,
  knownMarkings: ReadonlyMap<string, StixObject>,
  context: ShareContext,
  audience: Audience,
): Decision {
  // The originator already holds everything it created, whatever the markings say.
  if (isOrigin(context, audience)) return { allowed: true, redactedPaths: [] };

  const refs = object['object_marking_refs'] ?? [];
  if (!Array.isArray(refs) || !refs.every((ref) => typeof ref === 'string')) {
    return { allowed: false, reason: 'object_marking_refs is malformed' };
  }
  const levels: Array<{ tlp: Tlp; ref?: string }> = [];
  for (const ref of refs as string[]) {
    const meaning = classifyMarking(ref, knownMarkings);
    if (meaning.kind === 'unusable') return { allowed: false, reason: meaning.reason, marking: ref };
    if (meaning.kind === 'tlp') levels.push({ tlp: meaning.tlp, ref });
  }
  if (levels.length === 0) levels.push({ tlp: DEFAULT_TLP });
  const excluding = levels
    .filter(({ tlp }) => !audienceMayReceive(tlp, context, audience))
    .sort((a, b) => TLP_LEVELS.indexOf(b.tlp) - TLP_LEVELS.indexOf(a.tlp))[0];
  if (excluding) {
    const name = `TLP:${excluding.tlp.toUpperCase()}`;
    const why = excluding.ref ? name : `${name} (the default for objects without a TLP marking)`;
    return {
      allowed: false,
      reason: `${why} excludes this ${audience.kind}`,
      ...(excluding.ref ? { marking: excluding.ref } : {}),
    };
  }
  return granularDecision(object, knownMarkings, context, audience);
}

function granularDecision(
  object: StixObject,
  knownMarkings: ReadonlyMap<string, StixObject>,
  context: ShareContext,
  audience: Audience,
): Decision {
  const granular = object['granular_markings'] ?? [];
  if (!Array.isArray(granular)) return { allowed: false, reason: 'granular_markings is malformed' };
  const redacted: SelectorStep[][] = [];
  for (const entry of granular as unknown[]) {
    if (entry === null || typeof entry !== 'object')
      return { allowed: false, reason: 'granular_markings is malformed' };
    const { selectors, marking_ref: ref } = entry as Record<string, unknown>;
    if (!Array.isArray(selectors) || selectors.length === 0) {
      return { allowed: false, reason: 'a granular marking has no selectors' };
    }
    const steps: SelectorStep[][] = [];
    for (const selector of selectors as unknown[]) {
      const resolved =
        typeof selector === 'string' ? resolveSelector(object, selector) : { found: false as const };
      if (!resolved.found) {
        return {
          allowed: false,
          reason: `granular selector ${String(selector)} does not resolve on the object`,
        };
      }
      steps.push(resolved.steps);
    }
    if (ref === undefined) continue; // a language marking: says nothing about distribution
    if (typeof ref !== 'string') return { allowed: false, reason: 'a granular marking_ref is malformed' };
    const meaning = classifyMarking(ref, knownMarkings);
    if (meaning.kind === 'unusable') return { allowed: false, reason: meaning.reason, marking: ref };
    if (meaning.kind === 'tlp' && !audienceMayReceive(meaning.tlp, context, audience))
      redacted.push(...steps);
  }
  const paths = outermost(redacted);
  const essential = paths.find((path) => UNREDACTABLE.includes(String(path[0])));
  if (essential) {
    return {
      allowed: false,
      reason: `field ${formatSelector(essential)} is marked beyond this ${audience.kind} and cannot be removed`,
    };
  }
  return { allowed: true, redactedPaths: paths.map(formatSelector) };
}

/** Drops duplicates and paths inside another redacted path; sorted for stable output. */
function outermost(paths: SelectorStep[][]): SelectorStep[][] {
  const unique = [...new Map(paths.map((p) => [formatSelector(p), p])).values()];
  return unique
    .filter((p) => !unique.some((q) => q !== p && q.length < p.length && selectorCovers(q, p)))
    .sort((a, b) => (formatSelector(a) < formatSelector(b) ? -1 : 1));
}
