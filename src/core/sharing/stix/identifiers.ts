/**
 * STIX identifiers: `<type>--<UUID>`. The UUID part follows RFC 4122 (versions 1–5, variant
 * bits `10`), as the STIX 2.1 JSON schemas require; hex digits may be in either case on input.
 */

const TYPE_RE = /^[a-z][a-z0-9-]*[a-z0-9]$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The parts of a syntactically valid identifier, or undefined. */
export function parseStixId(value: unknown): { type: string; uuid: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const at = value.indexOf('--');
  if (at <= 0) return undefined;
  const type = value.slice(0, at);
  const uuid = value.slice(at + 2);
  if (!TYPE_RE.test(type) || type.includes('--') || !UUID_RE.test(uuid)) return undefined;
  return { type, uuid };
}

/** True when `value` is a valid identifier, and of `type` when one is given. */
export function isStixId(value: unknown, type?: string): value is string {
  const parts = parseStixId(value);
  return parts !== undefined && (type === undefined || parts.type === type);
}

/** The type a STIX type name must look like (also used for custom `x-` types). */
export function isStixTypeName(value: string): boolean {
  return value.length >= 3 && value.length <= 250 && TYPE_RE.test(value) && !value.includes('--');
}
