/**
 * Every legal value Comity acts on says where it comes from and how sure we are of it, so a
 * reviewer can tell a treaty-checked figure from one recalled from a draft.
 */
export const CONFIDENCES = ['checked', 'secondary', 'unconfirmed'] as const;

/** `checked` = read in an authentic text; `secondary` = reputable summary; `unconfirmed` = to verify. */
export type Confidence = (typeof CONFIDENCES)[number];

/** The citation that backs a value, e.g. `{ source: 'UNCC art. 42(3)', confidence: 'unconfirmed' }`. */
export interface Provenance {
  readonly source: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

/** A value with its provenance. */
export interface Sourced<T> extends Provenance {
  readonly value: T;
}

/** Strips a provenance down to the citation parts, for findings and errors. */
export function cite(p: Provenance): Provenance {
  return p.note === undefined
    ? { source: p.source, confidence: p.confidence }
    : { source: p.source, confidence: p.confidence, note: p.note };
}
