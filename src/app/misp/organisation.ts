/**
 * The organisation MISP sees as this node: the authority the node serves (its name), with a
 * UUID derived from the node id, so it stays the same across exports and instances.
 */
import { createHash } from 'node:crypto';
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
    uuid: uuidFrom(`comity-node:${deps.nodeId}`),
  };
}

/** A version-4-shaped UUID from a digest of `seed` (stable, not random). */
function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
