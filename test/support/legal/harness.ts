/** A tiny driver for lifecycle tests: keeps the log, folds it, and runs commands as a given actor. */
import { ManualClock } from '../../../src/core/clock.js';
import { type AnyRequestCommand, decide } from '../../../src/core/legal/lifecycle/decide.js';
import type { RequestEvent } from '../../../src/core/legal/lifecycle/events.js';
import { fold } from '../../../src/core/legal/lifecycle/fold.js';
import type { RequestState } from '../../../src/core/legal/lifecycle/state.js';
import type { RegimeRegistry } from '../../../src/core/legal/regimes/registry.js';
import type { Actor } from '../../../src/core/legal/roles.js';
import { fixtureRegistry } from './fixture-registry.js';

export const ACTORS = {
  reqPoc: { userId: 'u-req-poc', role: 'poc_officer', side: 'requesting' },
  reqCa: { userId: 'u-req-ca', role: 'central_authority', side: 'requesting' },
  reqProsecutor: { userId: 'u-req-pros', role: 'prosecutor', side: 'requesting' },
  recPoc: { userId: 'u-rec-poc', role: 'poc_officer', side: 'requested' },
  recCa: { userId: 'u-rec-ca', role: 'central_authority', side: 'requested' },
  recAdmin: { userId: 'u-rec-admin', role: 'admin', side: 'requested' },
  system: { role: 'system', side: 'requested', automatic: true },
} as const satisfies Record<string, Actor>;

export class Harness {
  readonly log: RequestEvent[] = [];
  readonly clock: ManualClock;
  readonly registry: RegimeRegistry;

  constructor(registry: RegimeRegistry = fixtureRegistry(), start = '2026-03-02T08:00:00.000Z') {
    this.registry = registry;
    this.clock = new ManualClock(start);
  }

  get state(): RequestState | undefined {
    return this.log.length === 0 ? undefined : fold(this.log);
  }

  run(actor: Actor, command: AnyRequestCommand): readonly RequestEvent[] {
    const events = decide(this.state, command, { clock: this.clock, registry: this.registry, actor });
    this.log.push(...events);
    return events;
  }
}

/** Fields that make a fixture preservation request complete. */
export const PRESERVATION_DRAFT = {
  type: 'draft',
  requestId: 'req-1',
  regime: 'test-regime',
  instrument: 'preservation',
  requestingState: 'TB',
  requestedState: 'TA',
  fields: { requestingAuthority: 'TB cyber unit', mlaToFollow: true, userNonNotification: true },
  items: [
    { id: 'i1', description: 'mailbox ops@example.test', dataCategory: 'content', personalData: true },
    { id: 'i2', description: 'login IP logs', dataCategory: 'traffic', personalData: true },
  ],
  offences: [{ code: 'UNCC-7', elements: { security_breach: true } }],
} as const satisfies AnyRequestCommand;

export const STORED_DATA_DRAFT = {
  ...PRESERVATION_DRAFT,
  requestId: 'req-2',
  instrument: 'stored_data',
  fields: {
    requestingAuthority: 'TB central authority',
    proportionalityStatement:
      'Only the two accounts used in the intrusion, for the three days of the attack window.',
    legalBasisDomestic: 'TB Code of Criminal Procedure s. 12',
    authorisingAuthority: 'Investigating judge, TB district court',
  },
} as const satisfies AnyRequestCommand;
