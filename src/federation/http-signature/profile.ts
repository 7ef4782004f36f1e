/** The Comity RFC 9421 profile (docs/FEDERATION.md §6). */

/** Components every Comity transport signature must cover, in this order when we sign. */
export const COVERED_COMPONENTS = ['@method', '@target-uri', 'content-type', 'content-digest'] as const;
/** Signature label used in Signature-Input / Signature. Verifiers find ours by `tag`, not label. */
export const SIGNATURE_LABEL = 'comity';
export const SIGNATURE_TAG = 'comity';
/** RFC 9421 registry name for EdDSA over Ed25519. */
export const SIGNATURE_ALG = 'ed25519';
/** Default lifetime of a transport signature: a request is sent right after it is signed. */
export const DEFAULT_SIGNATURE_TTL_SECONDS = 300;
/** Longest lifetime a verifier accepts, whatever `expires` says. */
export const MAX_SIGNATURE_TTL_SECONDS = 3600;
/** Tolerated clock lead of the signer. */
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;
