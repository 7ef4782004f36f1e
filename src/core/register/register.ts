/**
 * The register of States and authorities (the Convention's register of 24/7 points of contact
 * and central authorities): value rules shared by the API, the CLI and federation.
 */
export const AUTHORITY_TYPES = ['poc_24_7', 'central_authority', 'competent_authority', 'cert'] as const;
export type AuthorityType = (typeof AUTHORITY_TYPES)[number];

export const AUTHORITY_TYPE_LABELS: Record<AuthorityType, string> = {
  poc_24_7: '24/7 point of contact',
  central_authority: 'Central authority',
  competent_authority: 'Competent authority',
  cert: 'CERT / CSIRT',
};

/** Regime packs a State can have in force (see regimes/). */
export const REGIME_IDS = ['uncc-2024', 'budapest-2001', 'eu-epor-2023-1543', 'eu-eio-2014-41'] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

export const DECLARATION_KINDS = [
  'dual_criminality',
  'channel',
  'language',
  'reservation',
  'notification',
  'other',
] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

export interface Declaration {
  readonly kind: DeclarationKind;
  /** The provision it concerns, e.g. "UNCC art. 42(4)". */
  readonly article?: string;
  readonly text: string;
}

/** ISO 3166-1 alpha-2, including the user-assigned codes (AA, QM–QZ, XA–XZ, ZZ) for test States. */
export const STATE_CODE_PATTERN = '^[A-Z]{2}$';
/** ISO 639-1 language code, optionally with a region (e.g. "fr", "pt-BR"). */
export const LANGUAGE_PATTERN = '^[a-z]{2}(-[A-Z]{2})?$';

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
