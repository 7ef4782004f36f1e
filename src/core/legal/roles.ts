/** The role strings the auth layer hands to the domain; `system` is reserved for daemons. */
export const ROLES = [
  'admin',
  'poc_officer',
  'central_authority',
  'prosecutor',
  'analyst',
  'dpo',
  'auditor',
  'system',
] as const;

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
