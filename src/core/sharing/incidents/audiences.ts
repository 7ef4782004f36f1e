/**
 * Who is who for TLP on a Comity federation: each node is one organisation whose id is its
 * node id; a user is named `<username>@<nodeId>`, a node by its node id.
 */
import type { Audience, ShareContext } from '../markings/distribution.js';

export function userAudience(input: {
  username: string;
  nodeId: string;
  state: string;
  needToKnow: boolean;
}): Audience {
  return {
    kind: 'user',
    userId: `${input.username}@${input.nodeId}`,
    organisation: input.nodeId,
    state: input.state,
    needToKnow: input.needToKnow,
  };
}

export function nodeAudience(nodeId: string, state: string): Audience {
  return { kind: 'node', nodeId, organisation: nodeId, state };
}

/** The node part of a named recipient (`alice@xb` → `xb`; a bare node id is itself). */
export function nodeOfRecipient(name: string): string {
  const at = name.lastIndexOf('@');
  return at === -1 ? name : name.slice(at + 1);
}

/**
 * The context of objects this node shares: itself as origin, the target States and
 * organisations as recipients. A node carrying a named user's copy is named too, since a
 * TLP:RED object can only reach `alice@xb` through node `xb` (and goes no further, because
 * each other user and node is still checked against the names).
 */
export function outgoingContext(input: {
  nodeId: string;
  state: string;
  recipientStates: readonly string[];
  recipientOrganisations: readonly string[];
  namedRecipients: readonly string[];
}): ShareContext {
  const carriers = input.namedRecipients.filter((n) => n.includes('@')).map(nodeOfRecipient);
  return {
    originOrganisation: input.nodeId,
    originState: input.state,
    recipientOrganisations: [...new Set(input.recipientOrganisations)],
    recipientStates: [...new Set(input.recipientStates)],
    namedRecipients: [...new Set([...input.namedRecipients, ...carriers])],
  };
}

/** The context this node's own objects are read under: it is their origin. */
export function localContext(nodeId: string, state: string): ShareContext {
  return outgoingContext({
    nodeId,
    state,
    recipientStates: [],
    recipientOrganisations: [],
    namedRecipients: [],
  });
}
