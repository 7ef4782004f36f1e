import { ConflictError, NotFoundError } from '../../errors.js';
import { type AcceptRequest, acceptRequest } from './commands/accept-request.js';
import { type AgreeConditions, agreeConditions } from './commands/agree-conditions.js';
import { type AmendDraft, amendDraft } from './commands/amend-draft.js';
import { type AnswerScreening, answerScreening } from './commands/answer-screening.js';
import { type CloseRequest, closeRequest } from './commands/close-request.js';
import { type ConcludeConsultation, concludeConsultation } from './commands/conclude-consultation.js';
import { type ConfirmInWriting, confirmInWriting } from './commands/confirm-in-writing.js';
import { type ConfirmPreservation, confirmPreservation } from './commands/confirm-preservation.js';
import { type DiscloseTraffic, discloseTraffic } from './commands/disclose-traffic.js';
import { type ExecuteItem, executeItem } from './commands/execute-item.js';
import { type ExtendDeadline, extendDeadline } from './commands/extend-deadline.js';
import { type ExtendPreservation, extendPreservation } from './commands/extend-preservation.js';
import { type LapsePreservation, lapsePreservation } from './commands/lapse-preservation.js';
import {
  type MarkPreservationExpiring,
  markPreservationExpiring,
} from './commands/mark-preservation-expiring.js';
import { type OpenConsultation, openConsultation } from './commands/open-consultation.js';
import { type PostponeRequest, postponeRequest } from './commands/postpone-request.js';
import { type ProvideInformation, provideInformation } from './commands/provide-information.js';
import { type RecordEscalation, recordEscalation } from './commands/record-escalation.js';
import { type RecordFollowUp, recordFollowUp } from './commands/record-follow-up.js';
import { type RefuseItem, refuseItem } from './commands/refuse-item.js';
import { type RefuseRequest, refuseRequest } from './commands/refuse-request.js';
import { type ReleasePreservation, releasePreservation } from './commands/release-preservation.js';
import { type RequestInformation, requestInformation } from './commands/request-information.js';
import { type ResumeRequest, resumeRequest } from './commands/resume-request.js';
import { type SignReceipt, signReceipt } from './commands/sign-receipt.js';
import { type StartExecution, startExecution } from './commands/start-execution.js';
import { type StartReview, startReview } from './commands/start-review.js';
import { type SubmitRequest, submitRequest } from './commands/submit-request.js';
import { type TransmitResults, transmitResults } from './commands/transmit-results.js';
import { type WithdrawRequest, withdrawRequest } from './commands/withdraw-request.js';
import { type DraftRequest, draftRequest } from './commands/draft-request.js';
import type { CommandContext } from './context.js';
import type { RequestEvent } from './events.js';
import type { RequestState } from './state.js';

/** Every command on an existing request. */
export type RequestCommand =
  | AcceptRequest
  | AgreeConditions
  | AmendDraft
  | AnswerScreening
  | CloseRequest
  | ConcludeConsultation
  | ConfirmInWriting
  | ConfirmPreservation
  | DiscloseTraffic
  | ExecuteItem
  | ExtendDeadline
  | ExtendPreservation
  | LapsePreservation
  | MarkPreservationExpiring
  | OpenConsultation
  | PostponeRequest
  | ProvideInformation
  | RecordEscalation
  | RecordFollowUp
  | RefuseItem
  | RefuseRequest
  | ReleasePreservation
  | RequestInformation
  | ResumeRequest
  | SignReceipt
  | StartExecution
  | StartReview
  | SubmitRequest
  | TransmitResults
  | WithdrawRequest;

export type AnyRequestCommand = DraftRequest | RequestCommand;

/**
 * A command as a user or peer sends it: its type is known, the rest is unchecked until the
 * command's own decision validates it.
 */
export type CommandInput = { readonly type: RequestCommand['type'] } & Readonly<Record<string, unknown>>;

/** The command types, for clients that list what can be done. */
export const REQUEST_COMMAND_TYPES = [
  'draft',
  'accept',
  'agree_conditions',
  'amend',
  'answer_screening',
  'close',
  'conclude_consultation',
  'confirm_in_writing',
  'confirm_preservation',
  'disclose_traffic',
  'execute_item',
  'extend_deadline',
  'extend_preservation',
  'lapse_preservation',
  'mark_preservation_expiring',
  'open_consultation',
  'postpone',
  'provide_information',
  'record_escalation',
  'record_follow_up',
  'refuse_item',
  'refuse',
  'release_preservation',
  'request_information',
  'resume',
  'sign_receipt',
  'start_execution',
  'start_review',
  'submit',
  'transmit_results',
  'withdraw',
] as const;

/**
 * Runs one command: returns the new events, or throws a DomainError and appends nothing.
 * `state` is undefined only for `draft`.
 */
export function decide(
  state: RequestState | undefined,
  command: AnyRequestCommand,
  ctx: CommandContext,
): readonly RequestEvent[] {
  if (command.type === 'draft') {
    if (state) throw new ConflictError('request_exists', `request ${state.requestId} already exists`);
    return draftRequest(command, ctx);
  }
  if (!state) throw new NotFoundError('request', '(none)');
  switch (command.type) {
    case 'accept':
      return acceptRequest(state, command, ctx);
    case 'agree_conditions':
      return agreeConditions(state, command, ctx);
    case 'amend':
      return amendDraft(state, command, ctx);
    case 'answer_screening':
      return answerScreening(state, command, ctx);
    case 'close':
      return closeRequest(state, command, ctx);
    case 'conclude_consultation':
      return concludeConsultation(state, command, ctx);
    case 'confirm_in_writing':
      return confirmInWriting(state, command, ctx);
    case 'confirm_preservation':
      return confirmPreservation(state, command, ctx);
    case 'disclose_traffic':
      return discloseTraffic(state, command, ctx);
    case 'execute_item':
      return executeItem(state, command, ctx);
    case 'extend_deadline':
      return extendDeadline(state, command, ctx);
    case 'extend_preservation':
      return extendPreservation(state, command, ctx);
    case 'lapse_preservation':
      return lapsePreservation(state, command, ctx);
    case 'mark_preservation_expiring':
      return markPreservationExpiring(state, command, ctx);
    case 'open_consultation':
      return openConsultation(state, command, ctx);
    case 'postpone':
      return postponeRequest(state, command, ctx);
    case 'provide_information':
      return provideInformation(state, command, ctx);
    case 'record_escalation':
      return recordEscalation(state, command, ctx);
    case 'record_follow_up':
      return recordFollowUp(state, command, ctx);
    case 'refuse_item':
      return refuseItem(state, command, ctx);
    case 'refuse':
      return refuseRequest(state, command, ctx);
    case 'release_preservation':
      return releasePreservation(state, command, ctx);
    case 'request_information':
      return requestInformation(state, command, ctx);
    case 'resume':
      return resumeRequest(state, command, ctx);
    case 'sign_receipt':
      return signReceipt(state, command, ctx);
    case 'start_execution':
      return startExecution(state, command, ctx);
    case 'start_review':
      return startReview(state, command, ctx);
    case 'submit':
      return submitRequest(state, command, ctx);
    case 'transmit_results':
      return transmitResults(state, command, ctx);
    case 'withdraw':
      return withdrawRequest(state, command, ctx);
  }
}
