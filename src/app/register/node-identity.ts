/**
 * Which State and authority this node serves: set once during initial setup (and changeable by
 * an administrator), stored in node settings, audited.
 */
import type { CommandContext } from '../../core/context.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';

export interface NodeIdentity {
  stateCode: string;
  authorityId: string;
  configuredAt: string;
}

export async function readNodeIdentity(database: Database): Promise<NodeIdentity | null> {
  const row = await database.db
    .selectFrom('node_settings')
    .select('value')
    .where('key', '=', 'identity')
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as NodeIdentity) : null;
}

export async function setNodeIdentity(
  database: Database,
  ctx: CommandContext,
  stateCode: string,
  authorityId: string,
): Promise<NodeIdentity> {
  return runCommand(database, ctx, async (tx) => {
    const authority = await tx.db
      .selectFrom('authorities')
      .select(['id', 'state_code'])
      .where('id', '=', authorityId)
      .executeTakeFirst();
    if (!authority) throw new NotFoundError('authority', authorityId);
    if (authority.state_code !== stateCode) {
      throw new ValidationError(
        `authority ${authorityId} belongs to ${authority.state_code}, not ${stateCode}`,
        [{ path: '/body/authorityId', message: `belongs to State ${authority.state_code}` }],
      );
    }
    const now = ctx.clock.now().toISOString();
    const identity: NodeIdentity = { stateCode, authorityId, configuredAt: now };
    const value = JSON.stringify(identity);
    const existing = await tx.db
      .selectFrom('node_settings')
      .select('key')
      .where('key', '=', 'identity')
      .executeTakeFirst();
    if (existing)
      await tx.db
        .updateTable('node_settings')
        .set({ value, updated_at: now })
        .where('key', '=', 'identity')
        .execute();
    else
      await tx.db.insertInto('node_settings').values({ key: 'identity', value, updated_at: now }).execute();
    return {
      value: identity,
      audit: {
        actor: ctx.actor,
        action: 'node.identity.set',
        subjectType: 'node',
        subjectId: 'identity',
        details: { stateCode, authorityId },
      },
    };
  });
}
