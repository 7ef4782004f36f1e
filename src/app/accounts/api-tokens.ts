/** Personal API tokens for machine clients: hashed at rest, shown once, revocable. */
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';
import type { ApiTokensTable } from '../../storage/schema.js';
import { newApiToken, sha256 } from './credentials.js';

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function present(row: ApiTokensTable): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export async function createApiToken(
  database: Database,
  ctx: CommandContext,
  userId: string,
  input: { name: string; expiresInDays?: number },
): Promise<{ token: string; view: ApiTokenView }> {
  const { token, prefix } = newApiToken();
  const now = ctx.clock.now();
  const row: ApiTokensTable = {
    id: randomUUID(),
    user_id: userId,
    name: input.name,
    token_hash: sha256(token),
    prefix,
    created_at: now.toISOString(),
    expires_at: input.expiresInDays
      ? new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString()
      : null,
    last_used_at: null,
    revoked_at: null,
  };
  await runCommand(database, ctx, async (tx) => {
    const user = await tx.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    if (!user) throw new NotFoundError('user', userId);
    await tx.db.insertInto('api_tokens').values(row).execute();
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'token.create',
        subjectType: 'api_token',
        subjectId: row.id,
        details: { userId, name: row.name, prefix },
      },
    };
  });
  return { token, view: present(row) };
}

export async function listApiTokens(database: Database, userId: string): Promise<ApiTokenView[]> {
  const rows = await database.db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return rows.map(present);
}

export async function revokeApiToken(
  database: Database,
  ctx: CommandContext,
  userId: string,
  tokenId: string,
): Promise<ApiTokenView> {
  return runCommand(database, ctx, async (tx) => {
    const row = await tx.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', tokenId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('api_token', tokenId);
    const revokedAt = row.revoked_at ?? ctx.clock.now().toISOString();
    await tx.db.updateTable('api_tokens').set({ revoked_at: revokedAt }).where('id', '=', tokenId).execute();
    return {
      value: present({ ...row, revoked_at: revokedAt }),
      audit: { actor: ctx.actor, action: 'token.revoke', subjectType: 'api_token', subjectId: tokenId },
    };
  });
}
