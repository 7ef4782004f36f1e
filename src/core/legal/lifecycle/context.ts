import type { Clock } from '../../clock.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../errors.js';
import { toWorkingCalendar, type WorkingCalendar } from '../deadlines/compute.js';
import type { Instrument } from '../regimes/pack-schema.js';
import type { RegimeRegistry, ResolvedInstrument } from '../regimes/registry.js';
import type { Actor, Role, Side } from '../roles.js';
import type { RequestEvent, RequestEventType } from './events.js';
import type { RequestState } from './state.js';
import type { RequestStatus } from './types.js';

/** What every command receives besides the state and its own input. */
export interface CommandContext {
  readonly clock: Clock;
  readonly registry: RegimeRegistry;
  readonly actor: Actor;
}

/** Makes an event stamped with the clock's instant and the acting user. */
export function makeEvent<T extends RequestEventType>(
  ctx: CommandContext,
  requestId: string,
  type: T,
  payload: Omit<Extract<RequestEvent, { type: T }>, 'type' | 'requestId' | 'at' | 'actor'>,
): Extract<RequestEvent, { type: T }> {
  return { type, requestId, at: ctx.clock.now().toISOString(), actor: ctx.actor, ...payload } as Extract<
    RequestEvent,
    { type: T }
  >;
}

export function resolveFor(ctx: CommandContext, state: RequestState): ResolvedInstrument {
  return ctx.registry.resolve(state.regime, state.instrument, state.requestingState, state.requestedState);
}

/** The requested State's working calendar (deadlines run where the request is executed). */
export function requestedCalendar(ctx: CommandContext, state: { requestedState: string }): WorkingCalendar {
  const cal = ctx.registry.calendarOf(state.requestedState);
  if (!cal)
    throw new ConflictError('calendar_missing', `no working-day calendar for ${state.requestedState}`);
  return toWorkingCalendar(cal);
}

export function requireStatus(state: RequestState, allowed: readonly RequestStatus[], command: string): void {
  if (!allowed.includes(state.status))
    throw new ConflictError('illegal_transition', `cannot ${command} a request that is ${state.status}`, {
      command,
      status: state.status,
      allowed,
    });
}

/** Checks side and role; `system` commands also need the automatic flag. */
export function requireActor(
  ctx: CommandContext,
  side: Side | 'either',
  roles: readonly Role[],
  command: string,
): void {
  const a = ctx.actor;
  if (side !== 'either' && a.side !== side)
    throw new ForbiddenError('wrong_side', `only the ${side} State may ${command}`, {
      command,
      side: a.side,
    });
  if (!roles.includes(a.role))
    throw new ForbiddenError('role_not_permitted', `role ${a.role} may not ${command}`, {
      command,
      role: a.role,
      roles,
    });
  if (a.role === 'system' && a.automatic !== true)
    throw new ForbiddenError('role_not_permitted', 'system actions must be marked automatic', { command });
}

export function senderRoles(inst: Instrument): readonly Role[] {
  return inst.senderRoles?.value ?? [];
}

export function receiverRoles(inst: Instrument): readonly Role[] {
  return inst.receiverRoles?.value ?? [];
}

export function requireText(value: unknown, path: string, what: string): string {
  if (typeof value !== 'string' || value.trim().length === 0)
    throw new ValidationError(
      `${what} is required`,
      [{ path, message: `${what} must be a non-empty text` }],
      'reasons_required',
    );
  return value.trim();
}
