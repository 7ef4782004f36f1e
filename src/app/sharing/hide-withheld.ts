/**
 * Records about an incident (its timeline, its shares) name STIX objects by id. A person whose
 * markings withhold an object must not learn even its id from them: every STIX id that is not
 * among those the person may see is dropped from lists and fields, and written as "(withheld)"
 * inside text.
 */
const STIX_ID = /^[a-z][a-z0-9-]*--[0-9a-fA-F-]{36}$/;
const STIX_IDS_IN_TEXT =
  /[a-z][a-z0-9-]*--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g;

export function hideWithheld<T>(value: T, visible: ReadonlySet<string>): T {
  return walk(value, visible) as T;
}

/** Text with every withheld STIX id replaced. */
export function hideWithheldInText(text: string, visible: ReadonlySet<string>): string {
  return text.replace(STIX_IDS_IN_TEXT, (id) => (visible.has(id) ? id : '(withheld)'));
}

const DROP = Symbol('drop');

function walk(value: unknown, visible: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return STIX_ID.test(value) && !visible.has(value) ? DROP : value;
  if (Array.isArray(value)) return value.map((v) => walk(v, visible)).filter((v) => v !== DROP);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = walk(v, visible);
      if (kept !== DROP) out[k] = kept;
    }
    return out;
  }
  return value;
}

/** Every STIX id named anywhere in a value (strings inside JSON text included), each once. */
export function stixIdsIn(value: unknown): string[] {
  return [...new Set(JSON.stringify(value ?? null).match(STIX_IDS_IN_TEXT) ?? [])];
}
