import type { RequestStatus } from './types.js';

/**
 * Every status change the lifecycle can make. Commands enforce it one by one; the property
 * tests check that no sequence of commands ever makes a change outside this table.
 */
export const STATUS_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['received', 'withdrawn'],
  received: ['under_review', 'refused', 'withdrawn'],
  under_review: ['information_requested', 'in_consultation', 'accepted', 'postponed', 'refused', 'withdrawn'],
  information_requested: ['under_review', 'accepted', 'in_execution', 'withdrawn'],
  in_consultation: ['under_review', 'accepted', 'in_execution', 'withdrawn'],
  accepted: [
    'in_execution',
    'executed',
    'information_requested',
    'in_consultation',
    'postponed',
    'withdrawn',
  ],
  in_execution: [
    'executed',
    'partially_executed',
    'refused',
    'information_requested',
    'in_consultation',
    'postponed',
    'withdrawn',
  ],
  postponed: ['under_review', 'accepted', 'in_execution', 'withdrawn'],
  executed: ['results_transmitted', 'closed', 'withdrawn'],
  partially_executed: ['results_transmitted', 'closed', 'withdrawn'],
  results_transmitted: ['closed'],
  refused: ['closed'],
  withdrawn: ['closed'],
  closed: [],
};

export function isAllowedTransition(from: RequestStatus, to: RequestStatus): boolean {
  return from === to || STATUS_TRANSITIONS[from].includes(to);
}
