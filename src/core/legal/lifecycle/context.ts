import type { Clock } from '../../clock.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import { addPeriod, toWorkingCalendar, type WorkingCalendar } from '../deadlines/compute.js';
import type { Instrument } from '../regimes/pack-schema.js';
import type { RegimeRegistry, ResolvedInstrument } from '../regimes/registry.js';
import type { Actor, Role, Side } from '../roles.js';
import type { RequestEvent, RequestEventType } from './events.js';
import type { RequestState } from './state.js';
import type { ItemState, RequestStatus } from './types.js';

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

/** The item `itemId` of the request, still pending: 404 when there is none, 409 once decided. */
export function pendingItem(state: RequestState, itemId: string): ItemState {
  const item = state.items.find((i) => i.id === itemId);
  if (!item) throw new NotFoundError('item', itemId);
  if (item.status !== 'pending')
    throw new ConflictError('item_already_decided', `item ${itemId} is already ${item.status}`, { itemId });
  return item;
}

/** A due date moved on by one extension, counted in the requested State's calendar. */
export function extendedDue(
  ctx: CommandContext,
  state: { requestedState: string },
  dueAt: string,
  by: { readonly amount: number; readonly unit: Parameters<typeof addPeriod>[2] },
): string {
  return new Date(
    addPeriod(Date.parse(dueAt), by.amount, by.unit, requestedCalendar(ctx, state)),
  ).toISOString();
}
