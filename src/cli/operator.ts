/** What commands acting on the node's data from the command line share. */
import { systemClock } from '../core/clock.js';
import type { CommandContext } from '../core/context.js';

/** The operator at the terminal, as the audit trail names them. */
export const operatorCtx = (): CommandContext => ({
  actor: { type: 'system', id: `cli:${process.env.USER ?? 'operator'}` },
  requestId: null,
  clock: systemClock,
});

/** For repeatable options (`--object a --object b`). */
export const collect = (value: string, previous: string[] = []) => [...previous, value];
