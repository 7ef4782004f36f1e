/**
 * URLs as correlation keys, in the WHATWG URL Standard's serialisation (the global `URL`,
 * pure computation) plus a few steps of RFC 3986 section 6 normalisation. Choices:
 * - scheme and host lower case; internationalised hosts as punycode; IPv4 hosts in dotted
 *   decimal and IPv6 hosts in RFC 5952 form (WHATWG does both);
 * - a scheme's default port removed; an empty path becomes `/`; `.` and `..` segments resolved;
 * - a trailing dot on the host removed, so the host matches the domain key;
 * - percent-encoded unreserved characters (A–Z a–z 0–9 - . _ ~) decoded, every other
 *   percent-encoding written with upper-case hex;
 * - the fragment dropped (it never reaches the server), and an empty `?` dropped;
 * - query parameters kept in their order: servers may read them positionally;
 * - text without a scheme (`evil.example/a`) is read as `http://`, as MISP feeds write it.
 */

const UNRESERVED = /[A-Za-z0-9\-._~]/;

export function normaliseUrl(raw: string): string | { error: string } {
  const text = raw.trim();
  if (text === '') return { error: 'empty URL' };
  const withScheme =
    /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d+(\/|$)/.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { error: `'${raw}' is not a valid URL` };
  }
  url.hash = '';
  if (url.search === '') url.search = '';
  if (url.hostname.endsWith('.') && url.hostname.length > 1) url.hostname = url.hostname.slice(0, -1);
  return url.href.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

/** The host of a normalised URL (without brackets for IPv6), for warning lists and pivots. */
export function hostOf(normalisedUrl: string): string | undefined {
  try {
    const host = new URL(normalisedUrl).hostname;
    return host.startsWith('[') ? host.slice(1, -1) : host || undefined;
  } catch {
    return undefined;
  }
}
