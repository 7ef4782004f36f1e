import type { RequestState } from '../lifecycle/state.js';
import type { Instrument } from '../regimes/pack-schema.js';
import { emergencyProblems } from '../lifecycle/commands/emergency-check.js';
import type { Finding } from './finding.js';

const DEFINITION = { source: 'UNCC art. 2(o)', confidence: 'checked' } as const;

/** Emergency requests: a structured justification, the 24/7 route, and the written confirmation that must follow. */
export function checkEmergency(state: RequestState, instrument: Instrument): Finding[] {
  if (state.urgency !== 'emergency') return [];
  const out: Finding[] = emergencyProblems(state.fields['emergencyJustification']).map((i) => ({
    code: 'emergency_justification_incomplete',
    severity: 'blocking',
    path: i.path,
    message: i.message,
    provision: DEFINITION,
  }));
  const pocRoute =
    instrument.channel?.value === 'poc_to_poc' ||
    instrument.alternativeChannels?.value.includes('poc_to_poc') === true;
  if (pocRoute && state.channel !== 'poc_to_poc')
    out.push({
      code: 'emergency_not_on_24_7_channel',
      severity: 'blocking',
      path: '/channel',
      message: `emergency requests go to the 24/7 point of contact, not ${state.channel}`,
    });
  if (state.writtenConfirmation === 'pending' && state.status !== 'draft')
    out.push({
      code: 'written_confirmation_pending',
      severity: 'warning',
      path: '/writtenConfirmation',
      message: 'the written confirmation of this emergency request has not been recorded yet',
    });
  return out;
}
