/**
 * A request received from another State arrives filed in no case: it sits in the inbox of the
 * authority this node serves. To execute it, that authority opens (or picks) a case of its own
 * — the domestic execution file — and files the request there. From then on the request is
 * seen under that case's need-to-know, and evidence gathered in executing it is filed in the
 * case against the request, ready to be transmitted to the requesting State.
 */
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { ConflictError } from '../../core/errors.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';
import { loadVisible } from '../cases/cases.js';
import { loadForPrincipal, type RequestView } from './requests.js';

export async function fileReceivedRequest(
  database: Database,
  ctx: CommandContext,
  principal: Principal,
  requestId: string,
  caseId: string,
): Promise<RequestView> {
  const stored = await loadForPrincipal(database, principal, requestId);
  if (stored.side !== 'requested')
    throw new ConflictError(
      'not_received_here',
      'only a request received from another State is filed this way',
    );
  if (stored.caseId !== null)
    throw new ConflictError(
      'request_already_filed',
      `request ${requestId} is already filed in case ${stored.caseId}`,
      {
        caseId: stored.caseId,
      },
    );
  const { row } = await loadVisible(database.db, principal, caseId);
  if (row.status !== 'open') throw new ConflictError('case_closed', `case ${caseId} is closed`);
  const now = ctx.clock.now().toISOString();
  await runCommand(database, ctx, async (tx) => {
    // Guarded on case_id so two officers filing at once cannot both succeed.
    const updated = await tx.db
      .updateTable('requests')
      .set({ case_id: caseId, updated_at: now })
      .where('id', '=', requestId)
      .where('case_id', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new ConflictError('request_already_filed', `request ${requestId} was filed meanwhile`);
    return {
      value: null,
      audit: {
        actor: ctx.actor,
        action: 'request.filed_in_case',
        subjectType: 'request',
        subjectId: requestId,
        legalBasis: `${stored.state.regime} ${stored.state.instrument}`,
        details: { caseId },
      },
    };
  });
  return { ...stored, caseId, updatedAt: now };
}
