/**
 * The version key of a STIX object. STIX versions an object by `modified`; timestamps may carry
 * any number of fractional digits ("…00Z" and "…00.000Z" are the same instant), so they are
 * padded to nine digits and then compare correctly as text on both engines.
 */

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/;

/** `modified`, else `created` (marking definitions), else '' (cyber observables are not versioned). */
export function versionKey(object: { readonly [k: string]: unknown }): string {
  const raw = typeof object.modified === 'string' ? object.modified : object.created;
  if (typeof raw !== 'string') return '';
  const match = TIMESTAMP.exec(raw);
  // An unrecognised form is kept verbatim: still deterministic, and validation rejects it first.
  if (!match) return raw;
  return `${match[1]}.${(match[2] ?? '').padEnd(9, '0').slice(0, 9)}Z`;
}
