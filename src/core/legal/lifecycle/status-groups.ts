/**
 * Groups of request statuses that several rules share, named once so the request clock, the
 * fold, closing and evidence transfer cannot drift apart.
 */
import type { RequestStatus } from './types.js';

/** Every item has been decided: results may travel (evidence transfers, transmitting results). */
export const EXECUTED_STATUSES = [
  'executed',
  'partially_executed',
] as const satisfies readonly RequestStatus[];

/** Results may travel to the requesting State, including after they were first transmitted. */
export const TRANSFERABLE_STATUSES = [
  ...EXECUTED_STATUSES,
  'results_transmitted',
] as const satisfies readonly RequestStatus[];

/** Nothing more is done under the request: no evidence, no actions but reading. */
export const ENDED_STATUSES = ['closed', 'refused', 'withdrawn'] as const satisfies readonly RequestStatus[];

/** The request's work is over: its clocks stop (results transmitted stops only some of them). */
export const TERMINAL_STATUSES = [
  ...ENDED_STATUSES,
  'results_transmitted',
] as const satisfies readonly RequestStatus[];

/** A request in one of these may be closed: its work is over, or every item was decided. */
export const CLOSABLE_STATUSES = [
  'results_transmitted',
  'refused',
  'withdrawn',
  ...EXECUTED_STATUSES,
] as const satisfies readonly RequestStatus[];

/**
 * Received and not yet ended: the requested node's clock watches these for automatic actions,
 * escalations and deadline reminders.
 */
export const RUNNING_STATUSES = [
  'received',
  'under_review',
  'accepted',
  'in_execution',
  ...TRANSFERABLE_STATUSES,
  'postponed',
] as const satisfies readonly RequestStatus[];

export function isIn(status: RequestStatus, group: readonly RequestStatus[]): boolean {
  return group.includes(status);
}
