/**
 * Removes the fields a recipient may not see, and keeps the object's granular markings true
 * afterwards: selectors into removed fields are dropped, selectors after a removed list item
 * are renumbered, and a list emptied by redaction is removed (STIX forbids empty lists).
 */
import {
  formatSelector,
  parseSelector,
  resolveSelector,
  type SelectorStep,
  selectorCovers,
} from '../stix/selectors.js';
import type { StixObject } from '../stix/validate.js';

type Container = Record<string, unknown> | unknown[];

/** A copy of `object` without the fields at `paths` (granular-marking selectors). */
export function redact(object: StixObject, paths: readonly string[]): StixObject {
  const copy = structuredClone(object) as Record<string, unknown>;
  const removed = paths
    .map(parseSelector)
    .filter((p): p is SelectorStep[] => p !== undefined && p.length > 0);
  const listRemovals = new Map<unknown[], { indices: Set<number>; parentKey?: string }>();
  const keyRemovals: Array<[Record<string, unknown>, string]> = [];
  // Locate every target before changing anything, so list positions still mean what they said.
  for (const steps of removed) {
    const parent =
      steps.length === 1
        ? { found: true, value: copy }
        : resolveSelector(copy, formatSelector(steps.slice(0, -1)));
    if (!parent.found) continue;
    const last = steps[steps.length - 1]!;
    const container = parent.value as Container;
    if (Array.isArray(container) && typeof last === 'number' && last < container.length) {
      const entry = listRemovals.get(container) ?? { indices: new Set<number>() };
      if (steps.length === 2 && typeof steps[0] === 'string') entry.parentKey = steps[0];
      entry.indices.add(last);
      listRemovals.set(container, entry);
    } else if (
      !Array.isArray(container) &&
      typeof last === 'string' &&
      container &&
      Object.hasOwn(container, last)
    ) {
      keyRemovals.push([container, last]);
    }
  }
  for (const [list, { indices, parentKey }] of listRemovals) {
    const kept = list.filter((_, i) => !indices.has(i));
    list.splice(0, list.length, ...kept);
    if (kept.length === 0 && parentKey !== undefined) delete copy[parentKey];
  }
  for (const [container, key] of keyRemovals) delete container[key];
  rewriteGranularMarkings(copy, removed);
  return copy as StixObject;
}

function rewriteGranularMarkings(copy: Record<string, unknown>, removed: SelectorStep[][]): void {
  const granular = copy['granular_markings'];
  if (!Array.isArray(granular)) return;
  const kept: unknown[] = [];
  for (const entry of granular) {
    if (entry === null || typeof entry !== 'object' || !Array.isArray(entry.selectors)) continue;
    const selectors = (entry.selectors as unknown[])
      .map((selector) => (typeof selector === 'string' ? remap(selector, removed) : undefined))
      .filter((s): s is string => s !== undefined && resolveSelector(copy, s).found);
    if (selectors.length > 0) kept.push({ ...entry, selectors });
  }
  if (kept.length > 0) copy['granular_markings'] = kept;
  else delete copy['granular_markings'];
}

/** Where a selector of the original object points after the removals, or undefined if removed. */
function remap(selector: string, removed: SelectorStep[][]): string | undefined {
  const steps = parseSelector(selector);
  if (!steps || removed.some((r) => selectorCovers(r, steps))) return undefined;
  const result = steps.map((step, depth) => {
    if (typeof step !== 'number') return step;
    const parent = steps.slice(0, depth);
    const before = removed.filter(
      (r) => r.length === depth + 1 && selectorCovers(parent, r) && (r[depth] as number) < step,
    ).length;
    return step - before;
  });
  return formatSelector(result);
}
