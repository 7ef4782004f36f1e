/**
 * The form of each lifecycle action, as data: which inputs it asks for and how they become the
 * command the node decides. The node's legal core remains the judge (it refuses what is wrong,
 * naming the field); the forms only ask for what each command takes. Pure, so tests check it.
 */

export type InputKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'refusalGround'
  | 'postponementGround'
  | 'pendingItem'
  | 'openConsultation'
  | 'openInformationRequest'
  | 'runningDeadline'
  | 'consultationTopic'
  | 'consultationOutcome'
  | 'lines'
  | 'conditions'
  | 'screening';

export interface InputSpec {
  /** The command's field. */
  readonly name: string;
  readonly kind: InputKind;
  readonly required: boolean;
}

export interface ActionForm {
  readonly inputs: readonly InputSpec[];
  /** Ends or refuses something: the console asks for confirmation and styles it as such. */
  readonly grave?: boolean;
}

const req = (name: string, kind: InputKind): InputSpec => ({ name, kind, required: true });
const opt = (name: string, kind: InputKind): InputSpec => ({ name, kind, required: false });

export const ACTION_FORMS = {
  submit: { inputs: [] },
  withdraw: { inputs: [req('reason', 'textarea')], grave: true },
  amend: { inputs: [] },
  start_review: { inputs: [] },
  answer_screening: { inputs: [req('answers', 'screening')] },
  accept: { inputs: [opt('conditions', 'conditions')] },
  agree_conditions: { inputs: [] },
  request_information: { inputs: [req('question', 'textarea')] },
  provide_information: {
    inputs: [req('infoRequestId', 'openInformationRequest'), req('answer', 'textarea')],
  },
  open_consultation: {
    inputs: [req('topic', 'consultationTopic'), req('proposal', 'textarea')],
  },
  conclude_consultation: {
    inputs: [
      req('consultationId', 'openConsultation'),
      req('outcome', 'consultationOutcome'),
      req('summary', 'textarea'),
    ],
  },
  refuse: { inputs: [req('ground', 'refusalGround'), req('reasons', 'textarea')], grave: true },
  postpone: {
    inputs: [req('ground', 'postponementGround'), req('reasons', 'textarea'), opt('until', 'date')],
    grave: true,
  },
  resume: { inputs: [] },
  start_execution: { inputs: [] },
  execute_item: { inputs: [req('itemId', 'pendingItem'), opt('note', 'textarea')] },
  refuse_item: {
    inputs: [req('itemId', 'pendingItem'), req('ground', 'refusalGround'), req('reasons', 'textarea')],
    grave: true,
  },
  transmit_results: { inputs: [] },
  confirm_preservation: { inputs: [] },
  release_preservation: { inputs: [req('reason', 'textarea')], grave: true },
  extend_preservation: { inputs: [opt('reasons', 'textarea')] },
  extend_deadline: { inputs: [req('deadlineId', 'runningDeadline'), req('reasons', 'textarea')] },
  confirm_in_writing: { inputs: [req('reference', 'text')] },
  disclose_traffic: { inputs: [req('providers', 'lines'), req('path', 'textarea')] },
  record_follow_up: { inputs: [req('followUpRequestId', 'text')] },
  close: { inputs: [opt('reason', 'textarea')], grave: true },
} as const satisfies Record<string, ActionForm>;

export type FormAction = keyof typeof ACTION_FORMS;

export function isFormAction(type: string): type is FormAction {
  return Object.hasOwn(ACTION_FORMS, type);
}

/** What a person typed or chose, by field (lines as typed, conditions and answers as rows). */
export type FormValues = Record<string, unknown>;

export interface ConditionRow {
  /** The row's identity while it is edited (not sent). */
  readonly key: string;
  readonly text: string;
  readonly kind: 'use_limitation' | 'confidentiality' | 'retention' | 'procedure' | 'other';
}

export interface ScreeningRow {
  readonly questionId: string;
  readonly concern: boolean;
  readonly note: string;
}

/**
 * The command a form sends. Ids the command needs for new records (an information request, a
 * consultation) are made here with `newId`; empty optional inputs are left out.
 */
export function commandFrom(
  type: FormAction,
  values: FormValues,
  newId: () => string,
): { type: FormAction } & Record<string, unknown> {
  const command: { type: FormAction } & Record<string, unknown> = { type };
  for (const input of ACTION_FORMS[type].inputs) {
    const value = values[input.name];
    if (input.kind === 'lines') {
      const lines = String(value ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      command[input.name] = lines;
    } else if (input.kind === 'conditions') {
      const rows = ((value as ConditionRow[] | undefined) ?? []).filter((c) => c.text.trim());
      if (rows.length > 0)
        command[input.name] = rows.map((c, i) => ({ id: `c${i + 1}`, text: c.text.trim(), kind: c.kind }));
    } else if (input.kind === 'screening') {
      command[input.name] = ((value as ScreeningRow[] | undefined) ?? []).map((a) => ({
        questionId: a.questionId,
        concern: a.concern,
        ...(a.note.trim() ? { note: a.note.trim() } : {}),
      }));
    } else if (typeof value === 'string' && value.trim() !== '') command[input.name] = value.trim();
    else if (input.required) command[input.name] = '';
  }
  if (type === 'request_information') command['infoRequestId'] = newId();
  if (type === 'open_consultation') command['consultationId'] = newId();
  return command;
}

/** Required inputs left empty, by field: what the form marks before anything is sent. */
export function missingInputs(type: FormAction, values: FormValues): string[] {
  return ACTION_FORMS[type].inputs
    .filter((input) => input.required)
    .filter((input) => {
      const value = values[input.name];
      if (input.kind === 'screening' || input.kind === 'conditions') return false;
      return typeof value !== 'string' || value.trim() === '';
    })
    .map((input) => input.name);
}
