/**
 * Granular-marking selectors (STIX 2.1 section 7.2.3.1): property names joined by dots, list
 * positions written as their own `[n]` step, e.g. `external_references.[0].url`.
 */

export type SelectorStep = string | number;

/** The steps of a selector, or undefined when it is not well formed. */
export function parseSelector(selector: string): SelectorStep[] | undefined {
  if (selector.length === 0) return undefined;
  const steps: SelectorStep[] = [];
  for (const part of selector.split('.')) {
    const index = /^\[(0|[1-9]\d*)\]$/.exec(part);
    if (index) steps.push(Number(index[1]));
    else if (part.length === 0 || part.includes('[') || part.includes(']')) return undefined;
    else steps.push(part);
  }
  return steps;
}

/** The value a selector designates on `object`, or `{ found: false }` when it designates nothing. */
export function resolveSelector(
  object: unknown,
  selector: string,
): { found: true; value: unknown; steps: SelectorStep[] } | { found: false } {
  const steps = parseSelector(selector);
  if (!steps) return { found: false };
  let current: unknown = object;
  for (const step of steps) {
    if (typeof step === 'number') {
      if (!Array.isArray(current) || step >= current.length) return { found: false };
      current = current[step];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) return { found: false };
      if (!Object.hasOwn(current, step)) return { found: false };
      current = (current as Record<string, unknown>)[step];
    }
  }
  return { found: true, value: current, steps };
}

/** True when the selector `inner` designates `outer` itself or something inside it. */
export function selectorCovers(outer: readonly SelectorStep[], inner: readonly SelectorStep[]): boolean {
  return outer.length <= inner.length && outer.every((step, i) => step === inner[i]);
}

/** Writes steps back as a selector string. */
export function formatSelector(steps: readonly SelectorStep[]): string {
  return steps.map((step) => (typeof step === 'number' ? `[${step}]` : step)).join('.');
}
