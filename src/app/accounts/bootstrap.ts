/**
 * First run: when the node has no user at all, create the administrator with a one-time
 * password that must be changed at first login. Printed once by `comity start`; never stored
 * in clear.
 */
import { SYSTEM_ACTOR } from '../../core/context.js';
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../storage/database.js';
import type { PasswordCost } from './passwords.js';
import { countUsers, createUser } from './users.js';

/** The administrator created on first start, with the password shown once. */
export interface FirstAdmin {
  readonly username: string;
  readonly password: string;
}

export async function bootstrapAdmin(
  database: Database,
  clock: Clock,
  cost?: PasswordCost,
): Promise<FirstAdmin | null> {
  if ((await countUsers(database)) > 0) return null;
  const { oneTimePassword } = await createUser(
    database,
    { actor: SYSTEM_ACTOR, requestId: null, clock },
    { username: 'admin', displayName: 'Node administrator', roles: ['admin'] },
    cost,
  );
  return { username: 'admin', password: oneTimePassword! };
}
