import type { FastifyRequest } from 'fastify';
import type { CommandContext } from '../core/context.js';
import type { AppDeps } from '../app/deps.js';

/** The command context of an HTTP request: its caller (or anonymous), its id, the node clock. */
export function contextOf(request: FastifyRequest, deps: AppDeps): CommandContext {
  const caller = request.caller;
  return {
    actor: caller
      ? { type: caller.principal.via === 'token' ? 'token' : 'user', id: caller.principal.userId }
      : { type: 'anonymous', id: request.ip },
    requestId: String(request.id),
    clock: deps.clock,
  };
}
