/**
 * Opens a node's federation from its register: the node identity set by `comity setup` names
 * the State served and the authority hosted. A node without an identity runs without
 * federation (a card must name the State the node serves).
 */
import type { Config } from '../app/config/config.js';
import { readNodeIdentity } from '../app/register/node-identity.js';
import type { Clock } from '../core/clock.js';
import { resolveKeySecret } from '../federation/node-identity/key-secret.js';
import { FederationNode, type FederationNodeOptions } from '../federation/node/federation-node.js';
import type { HostedAuthority } from '../federation/peers/peer-card.js';
import type { Database } from '../storage/database.js';

export async function federationFromRegister(
  config: Config,
  database: Database,
  clock: Clock,
  tuning: Partial<FederationNodeOptions> = {},
): Promise<FederationNode | undefined> {
  const identity = await readNodeIdentity(database);
  if (!identity) return undefined;
  const authority = await database.db
    .selectFrom('authorities')
    .select(['id', 'type', 'name'])
    .where('id', '=', identity.authorityId)
    .executeTakeFirst();
  // Card authority ids are kebab-case; a register id that is not stays unhosted (node keys only).
  const authorities: HostedAuthority[] =
    authority && /^[a-z0-9][a-z0-9-]*$/.test(authority.id) ? [authority] : [];
  return FederationNode.open({
    database,
    clock,
    nodeId: config.nodeId,
    state: identity.stateCode,
    url: config.publicUrl,
    authorities,
    keySecret: resolveKeySecret(config),
    alertAfterMs: config.deliveryAlertMinutes * 60_000,
    // The worker keeps going after an error (state is in the database); say what happened.
    onError: (error) => console.error(`comity: delivery pass failed: ${(error as Error).message}`),
    ...tuning,
  });
}
