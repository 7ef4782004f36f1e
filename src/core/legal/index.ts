/** Public API of the legal core: regime packs, offences, dual criminality, lifecycle, deadlines, safeguards. */

// Provenance and actors
export * from './provenance.js';
export * from './roles.js';

// Regime packs, State data and the registry
export * from './regimes/build-registry.js';
export * from './regimes/data-schemas.js';
export * from './regimes/pack-schema.js';
export * from './regimes/parse-data.js';
export * from './regimes/parse-pack.js';
export * from './regimes/problems.js';
export * from './regimes/registry.js';

// Offences and dual criminality
export * from './offences/dual-criminality.js';

// Request lifecycle
export * from './lifecycle/types.js';
export * from './lifecycle/events.js';
export * from './lifecycle/state.js';
export * from './lifecycle/fold.js';
export * from './lifecycle/transitions.js';
export * from './lifecycle/context.js';
export * from './lifecycle/decide.js';
export * from './lifecycle/automatic.js';

// Commands, one per file
export * from './lifecycle/commands/accept-request.js';
export * from './lifecycle/commands/agree-conditions.js';
export * from './lifecycle/commands/amend-draft.js';
export * from './lifecycle/commands/answer-screening.js';
export * from './lifecycle/commands/close-request.js';
export * from './lifecycle/commands/conclude-consultation.js';
export * from './lifecycle/commands/confirm-in-writing.js';
export * from './lifecycle/commands/confirm-preservation.js';
export * from './lifecycle/commands/disclose-traffic.js';
export * from './lifecycle/commands/draft-request.js';
export * from './lifecycle/commands/record-escalation.js';
export * from './lifecycle/commands/execute-item.js';
export * from './lifecycle/commands/extend-deadline.js';
export * from './lifecycle/commands/extend-preservation.js';
export * from './lifecycle/commands/lapse-preservation.js';
export * from './lifecycle/commands/mark-preservation-expiring.js';
export * from './lifecycle/commands/open-consultation.js';
export * from './lifecycle/commands/postpone-request.js';
export * from './lifecycle/commands/provide-information.js';
export * from './lifecycle/commands/record-follow-up.js';
export * from './lifecycle/commands/refuse-item.js';
export * from './lifecycle/commands/refuse-request.js';
export * from './lifecycle/commands/release-preservation.js';
export * from './lifecycle/commands/request-information.js';
export * from './lifecycle/commands/resume-request.js';
export * from './lifecycle/commands/sign-receipt.js';
export * from './lifecycle/commands/start-execution.js';
export * from './lifecycle/commands/start-review.js';
export * from './lifecycle/commands/submit-request.js';
export * from './lifecycle/commands/transmit-results.js';
export * from './lifecycle/commands/withdraw-request.js';

// Deadlines and time zones
export * from './deadlines/compute.js';
export * from './deadlines/reminders.js';
export * from './deadlines/rules.js';
export * from './deadlines/zoned.js';

// Safeguards
export * from './safeguards/coercive.js';
export * from './safeguards/completeness.js';
export * from './safeguards/confidentiality.js';
export * from './safeguards/emergency.js';
export * from './safeguards/finding.js';
export * from './safeguards/onward-transfer.js';
export * from './safeguards/personal-data.js';
export * from './safeguards/review.js';
export * from './safeguards/screening.js';
export * from './safeguards/language.js';
