/**
 * Which requests received from other States a user sees before they are filed in a case: the
 * inbox of the authority that handles them here. The authority the node serves (its identity)
 * sees every received request; the State's other authorities see those arriving through their
 * own channel — the 24/7 point of contact the preservation and traffic-data requests, the
 * central authority the mutual legal assistance requests — and nothing from other States'
 * authorities registered on this node.
 */
import type { Principal } from '../../core/accounts/roles.js';
import type { Database } from '../../storage/database.js';
import { readNodeIdentity } from '../register/node-identity.js';

const CHANNELS_BY_AUTHORITY_TYPE: Record<string, readonly string[]> = {
  poc_24_7: ['poc_to_poc'],
  central_authority: ['ca_to_ca', 'authority_to_authority'],
  competent_authority: ['authority_to_authority'],
};

export type ReceivedInbox = 'all' | readonly string[];

export async function receivedInboxOf(database: Database, principal: Principal): Promise<ReceivedInbox> {
  const identity = await readNodeIdentity(database);
  if (!identity || principal.authorityId === null) return [];
  if (principal.authorityId === identity.authorityId) return 'all';
  const authority = await database.db
    .selectFrom('authorities')
    .select(['state_code', 'type'])
    .where('id', '=', principal.authorityId)
    .executeTakeFirst();
  if (!authority || authority.state_code !== identity.stateCode) return [];
  return CHANNELS_BY_AUTHORITY_TYPE[authority.type] ?? [];
}

export function inboxAdmits(inbox: ReceivedInbox, channel: string): boolean {
  return inbox === 'all' || inbox.includes(channel);
}
