/**
 * TLP 2.0 lets a recipient organisation share TLP:AMBER with its own members "only on a
 * need-to-know basis"; AMBER+STRICT restricts it to the organisation. The core rule
 * (`audienceMayReceive`) admits every user of a recipient organisation to AMBER, so this layer
 * adds the need-to-know test for users: an AMBER object is withheld from a user without need to
 * know, and AMBER-marked fields are removed. It only ever narrows the core decision.
 */
import { classifyMarking } from '../sharing/markings/classify.js';
import {
  type Audience,
  DEFAULT_TLP,
  type Decision,
  mayDistribute,
  type ShareContext,
} from '../sharing/markings/distribution.js';
import type { StixObject } from '../sharing/stix/validate.js';

/** Fields that cannot be removed (the same list as the core's): marking one means withholding. */
const UNREDACTABLE = new Set(['type', 'id', 'spec_version', 'object_marking_refs', 'granular_markings']);

/** `mayDistribute`, then need to know for TLP:AMBER when the audience is a user. */
export function decideForAudience(
  object: StixObject,
  knownMarkings: ReadonlyMap<string, StixObject>,
  context: ShareContext,
  audience: Audience,
): Decision {
  const decision = mayDistribute(object, knownMarkings, context, audience);
  if (!decision.allowed || audience.kind !== 'user' || audience.needToKnow === true) return decision;
  if (audience.organisation === context.originOrganisation) return decision;
  const refs = Array.isArray(object['object_marking_refs'])
    ? (object['object_marking_refs'] as string[])
    : [];
  const levels = refs.flatMap((ref) => {
    const meaning = classifyMarking(ref, knownMarkings);
    return meaning.kind === 'tlp' ? [{ tlp: meaning.tlp, ref }] : [];
  });
  const amber = levels.find((l) => l.tlp === 'amber');
  if (amber || (levels.length === 0 && DEFAULT_TLP === 'amber')) {
    return {
      allowed: false,
      reason: `TLP:AMBER${amber ? '' : ' (the default for objects without a TLP marking)'} needs need to know: this user is not assigned to the incident or its case`,
      ...(amber ? { marking: amber.ref } : {}),
    };
  }
  const extra: string[] = [];
  const granular = Array.isArray(object['granular_markings'])
    ? (object['granular_markings'] as unknown[])
    : [];
  for (const entry of granular) {
    const { marking_ref: ref, selectors } = (entry ?? {}) as { marking_ref?: unknown; selectors?: unknown };
    if (typeof ref !== 'string' || !Array.isArray(selectors)) continue;
    const meaning = classifyMarking(ref, knownMarkings);
    if (meaning.kind !== 'tlp' || meaning.tlp !== 'amber') continue;
    for (const selector of selectors) {
      if (typeof selector !== 'string') continue;
      if (UNREDACTABLE.has(selector.split(/[.[]/)[0]!))
        return { allowed: false, reason: `field ${selector} is TLP:AMBER and this user has no need to know` };
      extra.push(selector);
    }
  }
  if (extra.length === 0) return decision;
  const paths = [...new Set([...decision.redactedPaths, ...extra])].sort();
  // Keep only outermost paths, as the core does, so redaction never trips over a removed parent.
  const outer = paths.filter(
    (p) => !paths.some((q) => q !== p && (p.startsWith(`${q}.`) || p.startsWith(`${q}[`))),
  );
  return { allowed: true, redactedPaths: outer };
}
