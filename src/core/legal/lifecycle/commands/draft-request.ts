import { ValidationError } from '../../../errors.js';
import type { OffenceCharge } from '../../offences/dual-criminality.js';
import type { Instrument, Urgency } from '../../regimes/pack-schema.js';
import { type CommandContext, makeEvent, requireActor, senderRoles } from '../context.js';
import type { RequestEvent } from '../events.js';
import type { RequestItemInput } from '../types.js';
import { emergencyProblems } from './emergency-check.js';

export interface DraftRequest {
  readonly type: 'draft';
  readonly requestId: string;
  readonly regime: string;
  readonly instrument: string;
  readonly requestingState: string;
  readonly requestedState: string;
  readonly urgency?: Urgency;
  /** ISO 639-1 code of the language the request is written in (default `en`). */
  readonly language?: string;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly items: readonly RequestItemInput[];
  readonly offences: readonly OffenceCharge[];
  readonly linkedPreservationId?: string;
}

function viaPoc(inst: Instrument): boolean {
  return (
    inst.channel?.value === 'poc_to_poc' || (inst.alternativeChannels?.value.includes('poc_to_poc') ?? false)
  );
}

/** Opens a draft; the instrument must be available between the two States (bilateral terms applied). */
export function draftRequest(cmd: DraftRequest, ctx: CommandContext): readonly RequestEvent[] {
  const resolved = ctx.registry.resolve(cmd.regime, cmd.instrument, cmd.requestingState, cmd.requestedState);
  const inst = resolved.instrument;
  requireActor(ctx, 'requesting', [...senderRoles(inst), 'prosecutor'], 'draft this request');
  if (cmd.requestId.trim() === '')
    throw new ValidationError('requestId is required', [
      { path: '/requestId', message: 'must not be empty' },
    ]);
  const ids = new Set<string>();
  cmd.items.forEach((item, i) => {
    if (ids.has(item.id))
      throw new ValidationError(
        'duplicate item id',
        [{ path: `/items/${i}/id`, message: `duplicate ${item.id}` }],
        'duplicate_item',
      );
    ids.add(item.id);
  });
  const urgency: Urgency = inst.kind === 'emergency' ? 'emergency' : (cmd.urgency ?? 'routine');
  if (urgency === 'emergency') {
    const issues = emergencyProblems(cmd.fields['emergencyJustification']);
    if (issues.length > 0)
      throw new ValidationError(
        'an emergency request needs a structured justification',
        issues,
        'emergency_justification_required',
      );
  }
  return [
    makeEvent(ctx, cmd.requestId, 'request_drafted', {
      regime: cmd.regime,
      instrument: cmd.instrument,
      requestingState: cmd.requestingState,
      requestedState: cmd.requestedState,
      timeZones: {
        requesting: resolved.requestingState.timeZone,
        requested: resolved.requestedState.timeZone,
      },
      // Emergencies go to the 24/7 channel wherever the instrument allows that route.
      channel: urgency === 'emergency' && viaPoc(inst) ? 'poc_to_poc' : (inst.channel?.value ?? 'none'),
      urgency,
      language: cmd.language ?? 'en',
      fields: cmd.fields,
      items: cmd.items,
      offences: cmd.offences,
      ...(cmd.linkedPreservationId === undefined ? {} : { linkedPreservationId: cmd.linkedPreservationId }),
      writtenConfirmationRequired: urgency === 'emergency' && inst.writtenConfirmation?.value === true,
    }),
  ];
}
