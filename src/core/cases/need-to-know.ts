/**
 * Need-to-know: a case (and everything filed under it) is visible only to the users assigned
 * to it and to users who hold a role on the authority that owns it. Being an administrator of
 * the node does not open a case: administrators manage the node, not its investigations.
 */
import type { Principal } from '../accounts/roles.js';

export interface CaseAccessFacts {
  /** The authority that owns the case. */
  readonly authorityId: string | null;
  /** Users assigned to the case. */
  readonly memberIds: readonly string[];
}

export type CaseAccess =
  | { readonly allowed: true; readonly basis: 'member' | 'authority' }
  | { readonly allowed: false; readonly reason: string };

export function caseAccess(principal: Principal, facts: CaseAccessFacts): CaseAccess {
  if (facts.memberIds.includes(principal.userId)) return { allowed: true, basis: 'member' };
  if (principal.authorityId !== null && principal.authorityId === facts.authorityId) {
    return { allowed: true, basis: 'authority' };
  }
  return { allowed: false, reason: 'not assigned to the case and no role on its authority' };
}

export const CASE_ROLES = ['lead', 'member'] as const;
export type CaseRole = (typeof CASE_ROLES)[number];

/** Who may change a case's membership: its lead, or a member of the owning authority holding admin. */
export function canManageMembers(
  principal: Principal,
  facts: CaseAccessFacts & { leadIds: readonly string[] },
): boolean {
  if (facts.leadIds.includes(principal.userId)) return true;
  return (
    principal.roles.includes('admin') &&
    principal.authorityId !== null &&
    principal.authorityId === facts.authorityId
  );
}
