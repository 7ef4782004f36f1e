/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): object members sorted by their UTF-16 code
 * units, no insignificant whitespace, numbers in ECMAScript shortest form, strings escaped as
 * JSON.stringify does. Used wherever a hash or signature must not depend on key order.
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, new Set());
}

function serialize(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON cannot represent NaN or Infinity');
      // ECMAScript Number-to-String is exactly the RFC 8785 number form; -0 becomes 0.
      return Object.is(value, -0) ? '0' : String(value);
    case 'object': {
      if (seen.has(value)) throw new TypeError('canonical JSON cannot represent a cycle');
      seen.add(value);
      let out: string;
      if (Array.isArray(value)) {
        out = `[${value.map((item) => serialize(item === undefined ? null : item, seen)).join(',')}]`;
      } else if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
        out = serialize((value as { toJSON: () => unknown }).toJSON(), seen);
      } else {
        const entries = Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined && typeof v !== 'function')
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        out = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${serialize(v, seen)}`).join(',')}}`;
      }
      seen.delete(value);
      return out;
    }
    default:
      throw new TypeError(`canonical JSON cannot represent a ${typeof value}`);
  }
}
