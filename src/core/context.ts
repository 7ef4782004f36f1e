import type { AuditActor } from './audit/chain.js';
import type { Clock } from './clock.js';

/**
 * Who is acting, on behalf of which request, at what time: passed to every command so the
 * audit event it writes names the actor and the HTTP request id, and "now" is one instant.
 */
export interface CommandContext {
  readonly actor: AuditActor;
  readonly requestId: string | null;
  readonly clock: Clock;
}

export const SYSTEM_ACTOR: AuditActor = { type: 'system', id: 'node' };
