/** The roles a user of a Comity node can hold; a user may hold several. */
export const ROLES = [
  'admin',
  'poc_officer',
  'central_authority',
  'prosecutor',
  'analyst',
  'dpo',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'Node administrator: users, keys, peers, register, configuration',
  poc_officer: '24/7 point of contact: urgent preservation and traffic-data requests',
  central_authority: 'Central authority: mutual legal assistance requests',
  prosecutor: 'Prosecutor or investigator: drafts and follows requests from cases',
  analyst: 'CERT or cyber-police analyst: incidents and threat information',
  dpo: 'Data-protection officer: transfers, conditions, retention',
  auditor: 'Auditor: reads the audit trail and verifies it',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is calling, once authenticated. */
export interface Principal {
  readonly userId: string;
  readonly username: string;
  readonly roles: readonly Role[];
  readonly authorityId: string | null;
  /** How the caller proved who they are; tokens and HTTP Basic (TAXII) skip CSRF and cannot manage tokens. */
  readonly via: 'session' | 'token' | 'basic';
}
