/**
 * Runs a state-changing command: one transaction holding the change and its audit event(s).
 * A command cannot commit without saying what it did, which is how "every state change is
 * audited" holds by construction rather than by discipline.
 */
import type { AuditEntry } from '../core/audit/chain.js';
import type { CommandContext } from '../core/context.js';
import { InvariantError } from '../core/errors.js';
import { appendAudit } from './audit/audit-log.js';
import type { Database, Tx } from './database.js';

export interface CommandOutcome<T> {
  readonly value: T;
  /** At least one entry: what changed, on which subject, under which legal basis. */
  readonly audit: AuditEntry | readonly AuditEntry[];
}

export async function runCommand<T>(
  database: Database,
  ctx: CommandContext,
  fn: (tx: Tx) => Promise<CommandOutcome<T>>,
): Promise<T> {
  return database.transact(async (tx) => {
    const outcome = await fn(tx);
    const entries = Array.isArray(outcome.audit) ? outcome.audit : [outcome.audit as AuditEntry];
    if (entries.length === 0)
      throw new InvariantError('a state-changing command must write at least one audit event');
    await appendAudit(tx, ctx, entries);
    return outcome.value;
  });
}
