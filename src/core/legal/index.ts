/** Public API of the legal core: regime packs, offences, dual criminality, lifecycle, deadlines, safeguards. */
export * from './provenance.js';
export * from './roles.js';
export * from './regimes/build-registry.js';
export * from './regimes/data-schemas.js';
export * from './regimes/pack-schema.js';
export * from './regimes/parse-data.js';
export * from './regimes/parse-pack.js';
export * from './regimes/problems.js';
export * from './regimes/registry.js';
export * from './offences/dual-criminality.js';
