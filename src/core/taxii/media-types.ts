/**
 * TAXII 2.1 media types and content negotiation (TAXII 2.1 §1.6.8, §3.1). A client must be
 * able to ask for `application/taxii+json;version=2.1` or bare `application/taxii+json` and
 * never be refused; a version this server does not speak, or only media types it does not
 * serve, are refused (406 for Accept, 415 for Content-Type).
 */

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

interface MediaRange {
  readonly type: string;
  readonly version: string | undefined;
  readonly q: number;
}

function parseRanges(header: string): MediaRange[] {
  return header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const [type = '', ...params] = part.split(';').map((p) => p.trim());
      let version: string | undefined;
      let q = 1;
      for (const param of params) {
        const eq = param.indexOf('=');
        if (eq < 0) continue;
        const name = param.slice(0, eq).trim().toLowerCase();
        const value = param
          .slice(eq + 1)
          .trim()
          .replace(/^"(.*)"$/, '$1');
        if (name === 'version') version = value;
        else if (name === 'q') q = Number.isFinite(Number(value)) ? Number(value) : 0;
      }
      return { type: type.toLowerCase(), version, q };
    });
}

/**
 * Whether a response in TAXII 2.1 JSON satisfies this Accept header. A missing header, `*\/*`
 * and `application/*` are taken as accepting it: the checklist allows refusing them, but a
 * person trying the server with curl should not meet a 406.
 */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return parseRanges(accept).some(
    (r) =>
      r.q > 0 &&
      ((r.type === 'application/taxii+json' && (r.version === undefined || r.version === '2.1')) ||
        r.type === '*/*' ||
        r.type === 'application/*'),
  );
}

/** Whether a request body's Content-Type is TAXII 2.1 JSON (the only body TAXII takes). */
export function isTaxiiContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const [range] = parseRanges(contentType);
  return range !== undefined && range.type === 'application/taxii+json' && (range.version ?? '2.1') === '2.1';
}
