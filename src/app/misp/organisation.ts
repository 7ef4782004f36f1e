/**
 * The organisation MISP sees as this node: the authority the node serves (its name), with a
 * UUID derived from the node id, so it stays the same across exports and instances.
 */
import { nameUuid } from '../../core/name-uuid.js';
import type { Organisation } from '../../interop/misp/misp-shape.js';
import { readNodeIdentity } from '../register/node-identity.js';
import type { SharingDeps } from '../sharing/deps.js';

export async function nodeOrganisation(deps: SharingDeps): Promise<Organisation> {
  const identity = await readNodeIdentity(deps.database);
  const authority = identity
    ? await deps.database.db
        .selectFrom('authorities')
        .select('name')
        .where('id', '=', identity.authorityId)
        .executeTakeFirst()
    : undefined;
  return {
    name: authority?.name ?? `Comity node ${deps.nodeId}`,
    uuid: nameUuid(`comity:misp:organisation:${deps.nodeId}`),
  };
}
