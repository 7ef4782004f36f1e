import { ROLES as USER_ROLES } from '../accounts/roles.js';

/** The role strings the auth layer hands to the domain, plus `system`, reserved for daemons. */
export const ROLES = [...USER_ROLES, 'system'] as const;

export type Role = (typeof ROLES)[number];

/** Which end of a cooperation request an actor stands on. */
export type Side = 'requesting' | 'requested';

/** Who performs a command; automatic actions by daemons carry `automatic: true`. */
export interface Actor {
  readonly userId?: string;
  readonly role: Role;
  readonly side: Side;
  readonly automatic?: boolean;
}

/** The node itself acting on the requested side: receipts, expiry and lapse, escalation, links. */
export const NODE_ACTOR: Actor = { role: 'system', side: 'requested', automatic: true };
