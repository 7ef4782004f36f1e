/**
 * Which actions a person may take on a request now, decided by the commands themselves: each
 * user action is tried on the current state with no input; a refusal that depends only on the
 * state, the side or the role (wrong status, wrong side, role not permitted, nothing pending)
 * makes it unavailable, with that refusal as the reason; a refusal about the missing input means
 * the action is open and its form will ask for what it needs.
 */
import { DomainError, type ErrorCode } from '../../errors.js';
import type { Actor } from '../roles.js';
import type { CommandContext } from './context.js';
import { type CommandInput, decide, REQUEST_COMMAND_TYPES, type RequestCommand } from './decide.js';
import type { RequestState } from './state.js';

/** The node's own automatic actions and drafting (which has its own route) are not for people. */
const NOT_FOR_PEOPLE = [
  'draft',
  'sign_receipt',
  'mark_preservation_expiring',
  'lapse_preservation',
  'record_escalation',
] as const;

export type UserAction = Exclude<(typeof REQUEST_COMMAND_TYPES)[number], (typeof NOT_FOR_PEOPLE)[number]>;

export const USER_ACTIONS: readonly UserAction[] = REQUEST_COMMAND_TYPES.filter(
  (t): t is UserAction => !(NOT_FOR_PEOPLE as readonly string[]).includes(t),
);

/** Refusals that no input can change: the state, the side or the role closes the action. */
const GATES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'illegal_transition',
  'wrong_side',
  'role_not_permitted',
  'not_a_preservation',
  'extension_not_permitted',
  'extension_limit_reached',
  'no_conditions_pending',
  'no_confirmation_pending',
  'preservation_still_active',
  'instrument_not_available',
]);

export interface ActionAvailability {
  readonly type: UserAction;
  readonly available: boolean;
  /** The roles of the person under which it is available. */
  readonly roles: readonly Actor['role'][];
  /** Why it is closed (the refusal of the most permissive role tried). */
  readonly reason?: { readonly code: ErrorCode; readonly message: string };
}

export function availableActions(
  state: RequestState,
  ctx: Omit<CommandContext, 'actor'>,
  actors: readonly Actor[],
): ActionAvailability[] {
  return USER_ACTIONS.map((type) => {
    const roles: Actor['role'][] = [];
    let reason: ActionAvailability['reason'];
    for (const actor of actors) {
      const probe: CommandInput = { type, requestId: state.requestId } as CommandInput;
      try {
        decide(state, probe as unknown as RequestCommand, { ...ctx, actor });
        roles.push(actor.role);
      } catch (error) {
        if (error instanceof DomainError && GATES.has(error.code)) {
          reason ??= { code: error.code, message: error.message };
          continue;
        }
        // Anything else is about the input the form will ask for (or a malformed probe).
        roles.push(actor.role);
      }
    }
    return roles.length > 0
      ? { type, available: true, roles }
      : { type, available: false, roles, ...(reason ? { reason } : {}) };
  });
}
