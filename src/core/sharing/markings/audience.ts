/**
 * Who may receive what under each TLP level: the rules of TLP 2.0 (FIRST) read for a
 * federation of State nodes. Kept apart from distribution.ts so the table is one place.
 */
import type { Tlp } from './tlp.js';

/** The party an object would be shown or sent to. */
export interface Audience {
  kind: 'user' | 'node' | 'public';
  state?: string;
  organisation?: string;
  userId?: string;
  nodeId?: string;
  /** On need to know: the user is assigned to the linked case or incident. */
  needToKnow?: boolean;
}

/** Who the originator shared the object with. */
export interface ShareContext {
  originOrganisation: string;
  originState: string;
  recipientOrganisations: readonly string[];
  recipientStates: readonly string[];
  /** User ids or node ids named for TLP:RED. */
  namedRecipients: readonly string[];
}

/** True when the audience belongs to the organisation that created the object. */
export function isOrigin(context: ShareContext, audience: Audience): boolean {
  return audience.kind !== 'public' && audience.organisation === context.originOrganisation;
}

/**
 * Whether `audience` may receive information marked `tlp` (the origin organisation is
 * handled by the caller: it always may).
 * - CLEAR: anyone, the public included.
 * - GREEN: the community, meaning any user or node of the federation; never the public.
 * - AMBER: the recipient organisations and their clients, on need to know: the node of a
 *   recipient organisation or State, and users of a recipient organisation or State who have
 *   need to know (TLP 2.0 limits sharing inside the organisation to need to know too).
 * - AMBER+STRICT: the recipient organisations only, their users on need to know. Whoever may
 *   see AMBER+STRICT may see AMBER, so the levels stay ordered.
 * - RED: only the users or nodes named as recipients.
 */
export function audienceMayReceive(tlp: Tlp, context: ShareContext, audience: Audience): boolean {
  if (tlp === 'clear') return true;
  if (audience.kind === 'public') return false;
  const inRecipientOrganisation =
    audience.organisation !== undefined && context.recipientOrganisations.includes(audience.organisation);
  const inRecipientState = audience.state !== undefined && context.recipientStates.includes(audience.state);
  // A node receives for its organisation; a person inside it still needs a reason to know.
  const knows = audience.kind === 'node' || audience.needToKnow === true;
  switch (tlp) {
    case 'green':
      return true;
    case 'amber':
      return knows && (inRecipientOrganisation || inRecipientState);
    case 'amber+strict':
      return knows && inRecipientOrganisation;
    case 'red': {
      const name = audience.kind === 'user' ? audience.userId : audience.nodeId;
      return name !== undefined && context.namedRecipients.includes(name);
    }
  }
}
