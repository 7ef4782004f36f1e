/**
 * The actions a person may take on a request now — as the legal core decided them (a closed
 * action says why) — each with the form its command needs. Every action names the version the
 * person looked at: if the request changed meanwhile the node answers 409, the newer state is
 * shown, and the form keeps what was typed so the person can look and act again.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Disclosure, DisclosurePanel, Form, Heading } from 'react-aria-components';
import { ApiProblem, api, call } from '../../api/client';
import { useInstrument } from '../../api/queries';
import type { ActionAvailability, Get, RequestView } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import {
  ACTION_FORMS,
  type ActionForm as ActionFormSpec,
  type ConditionRow,
  type FormAction,
  type FormValues,
  type InputSpec,
  type ScreeningRow,
  commandFrom,
  isFormAction,
  missingInputs,
} from '../../lib/action-forms';
import { useAnnounce } from '../announcer';
import { Choice, Field, type Option, Tick } from '../fields';
import { ProblemNote } from '../problem';

type Instrument = Get<'/api/requests/{id}/instrument'>;

/** Typed values of the action forms, by request and action, for as long as the page lives. */
const typedSoFar = new Map<string, FormValues>();

/** Actions the console offers here; composing and transmitting results have their own screens. */
const ELSEWHERE = new Set(['amend', 'submit', 'transmit_results']);

export function Actions({
  request,
  actions,
}: {
  request: RequestView;
  actions: readonly ActionAvailability[];
}) {
  const t = useT();
  const instrument = useInstrument(request.id);
  const open = actions.filter((a) => a.available && !ELSEWHERE.has(a.type) && isFormAction(a.type));
  if (open.length === 0) return <p className="empty">{t('actions.none')}</p>;
  return (
    <ul className="actions">
      {open.map((a) => (
        <li key={a.type}>
          {isFormAction(a.type) && (
            <ActionForm type={a.type} request={request} instrument={instrument.data} />
          )}
        </li>
      ))}
    </ul>
  );
}

function ActionForm({
  type,
  request,
  instrument,
}: {
  type: FormAction;
  request: RequestView;
  instrument: Instrument | undefined;
}) {
  const t = useT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const form: ActionFormSpec = ACTION_FORMS[type];
  // What is typed survives the form being drawn again (a newer version of the request arriving).
  const draftKey = `${request.id}:${type}`;
  const [values, setValuesState] = useState<FormValues>(() => typedSoFar.get(draftKey) ?? {});
  const setValues = (next: FormValues | ((v: FormValues) => FormValues)) =>
    setValuesState((current) => {
      const value = typeof next === 'function' ? next(current) : next;
      typedSoFar.set(draftKey, value);
      return value;
    });
  const [missing, setMissing] = useState<string[]>([]);
  const [problem, setProblem] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const act = useMutation({
    mutationFn: (command: ReturnType<typeof commandFrom>) =>
      call(
        api.POST('/api/requests/{id}/actions', {
          params: { path: { id: request.id } },
          body: { action: command, expectedVersion: request.state.version },
        }),
      ),
    onSuccess: async () => {
      setValues({});
      setConfirming(false);
      announce(t('actions.done', { action: term(t, 'action', type) }));
      await client.invalidateQueries({ queryKey: ['request', request.id] });
      await client.invalidateQueries({ queryKey: ['requests'] });
    },
    onError: async (error) => {
      setProblem(error);
      setConfirming(false);
      // The request moved on: show the newer state; what was typed stays in the form.
      if (error instanceof ApiProblem && error.status === 409)
        await client.invalidateQueries({ queryKey: ['request', request.id] });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = missingInputs(type, values);
    setMissing(empty);
    if (empty.length > 0) return;
    if (form.grave && !confirming) {
      setConfirming(true);
      return;
    }
    setProblem(null);
    // Every screening question is answered: "no concern" unless the person ticked it.
    const filled =
      type === 'answer_screening'
        ? { answers: (instrument?.screening ?? []).map((q) => screeningAnswer(values['answers'], q.id)) }
        : {};
    act.mutate(commandFrom(type, { ...values, ...filled }, () => crypto.randomUUID()));
  };
  const set = (name: string) => (value: unknown) => setValues((v) => ({ ...v, [name]: value }));
  const label = term(t, 'action', type);

  return (
    <Disclosure className="action">
      <Heading level={3}>
        <Button slot="trigger" className={form.grave ? 'action-trigger grave' : 'action-trigger'}>
          {label}
        </Button>
      </Heading>
      <DisclosurePanel>
        <Form onSubmit={submit} className="form" aria-label={label}>
          {form.inputs.map((input) => (
            <Input
              key={input.name}
              input={input}
              value={values[input.name]}
              onChange={set(input.name)}
              request={request}
              instrument={instrument}
              problem={problem}
              missing={missing.includes(input.name)}
            />
          ))}
          <ProblemNote error={problem} />
          {confirming && (
            <p role="alert" className="confirm">
              {t('actions.confirm', { action: label })}
            </p>
          )}
          <Button type="submit" className={form.grave ? 'danger' : 'primary'} isDisabled={act.isPending}>
            {confirming ? t('actions.confirmButton', { action: label }) : label}
          </Button>
        </Form>
      </DisclosurePanel>
    </Disclosure>
  );
}

function Input(props: {
  input: InputSpec;
  value: unknown;
  onChange(value: unknown): void;
  request: RequestView;
  instrument: Instrument | undefined;
  problem: unknown;
  missing: boolean;
}) {
  const t = useT();
  const { input, request, instrument } = props;
  const state = request.state;
  const label = term(t, 'input', input.name);
  const common = {
    name: input.name,
    label,
    required: input.required,
    problem: props.problem,
    missing: props.missing,
  };
  const text = typeof props.value === 'string' ? props.value : '';
  const choose = (options: Option[], description?: string) => (
    <Choice
      {...common}
      options={options}
      value={text || null}
      onChange={props.onChange}
      {...(description ? { description } : {})}
    />
  );
  switch (input.kind) {
    case 'text':
      return <Field {...common} value={text} onChange={props.onChange} />;
    case 'textarea':
      return <Field {...common} value={text} onChange={props.onChange} multiline />;
    case 'date':
      return <Field {...common} value={text} onChange={props.onChange} type="date" />;
    case 'lines':
      return (
        <Field
          {...common}
          value={text}
          onChange={props.onChange}
          multiline
          description={t('input.onePerLine')}
        />
      );
    case 'refusalGround':
    case 'postponementGround': {
      const permitted =
        input.kind === 'refusalGround'
          ? instrument?.spec.refusalGrounds?.value
          : instrument?.spec.postponementGrounds?.value;
      const grounds = (instrument?.grounds ?? []).filter((g) => permitted?.includes(g.code) ?? true);
      const consult =
        instrument?.spec.consultBeforeRefusal?.value && !state.consultations.some((c) => c.concludedAt);
      return choose(
        grounds.map((g) => ({ id: g.code, label: `${g.code} — ${g.label}`, lang: 'en' })),
        consult ? t('actions.consultFirst') : t('actions.groundSource'),
      );
    }
    case 'pendingItem':
      return choose(
        state.items
          .filter((i) => i.status === 'pending')
          .map((i) => ({ id: i.id, label: `${i.id} — ${i.description}` })),
      );
    case 'openConsultation':
      return choose(
        state.consultations
          .filter((c) => !c.concludedAt)
          .map((c) => ({ id: c.id, label: `${term(t, 'topic', c.topic)} — ${c.proposal}` })),
      );
    case 'openInformationRequest':
      return choose(
        state.informationRequests.filter((q) => !q.answeredAt).map((q) => ({ id: q.id, label: q.question })),
      );
    case 'runningDeadline':
      return choose(
        state.deadlines
          .filter((d) => d.status === 'running')
          .map((d) => ({ id: d.id, label: d.label, lang: 'en' })),
      );
    case 'consultationTopic':
      return choose(
        ['refusal', 'postponement', 'partial_execution', 'conditions'].map((id) => ({
          id,
          label: term(t, 'topic', id),
        })),
      );
    case 'consultationOutcome':
      return choose(
        ['agreed', 'not_agreed', 'withdrawn_by_requester'].map((id) => ({
          id,
          label: term(t, 'outcome', id),
        })),
      );
    case 'conditions':
      return (
        <Conditions rows={(props.value as ConditionRow[] | undefined) ?? []} onChange={props.onChange} />
      );
    case 'screening':
      return (
        <Screening
          questions={instrument?.screening ?? []}
          rows={(props.value as ScreeningRow[] | undefined) ?? []}
          onChange={props.onChange}
        />
      );
  }
}

function screeningAnswer(rows: unknown, id: string): ScreeningRow {
  const list = Array.isArray(rows) ? (rows as ScreeningRow[]) : [];
  return list.find((r) => r.questionId === id) ?? { questionId: id, concern: false, note: '' };
}

function Conditions({ rows, onChange }: { rows: ConditionRow[]; onChange(rows: ConditionRow[]): void }) {
  const t = useT();
  const kinds = ['use_limitation', 'confidentiality', 'retention', 'procedure', 'other'] as const;
  return (
    <fieldset className="rows">
      <legend>{t('input.conditions')}</legend>
      {rows.map((row, i) => (
        <div key={row.key} className="row">
          <Field
            name={`condition-${i}`}
            label={t('conditions.text', { n: i + 1 })}
            value={row.text}
            onChange={(text) => onChange(rows.map((r, j) => (j === i ? { ...r, text } : r)))}
            multiline
          />
          <Choice
            name={`condition-kind-${i}`}
            label={t('conditions.kind', { n: i + 1 })}
            options={kinds.map((k) => ({ id: k, label: term(t, 'conditionKind', k) }))}
            value={row.kind}
            onChange={(kind) =>
              onChange(rows.map((r, j) => (j === i ? { ...r, kind: kind as ConditionRow['kind'] } : r)))
            }
          />
          <Button className="link-button" onPress={() => onChange(rows.filter((_, j) => j !== i))}>
            {t('conditions.remove', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button
        className="secondary"
        onPress={() => onChange([...rows, { key: crypto.randomUUID(), text: '', kind: 'use_limitation' }])}
      >
        {t('conditions.add')}
      </Button>
    </fieldset>
  );
}

function Screening({
  questions,
  rows,
  onChange,
}: {
  questions: ReadonlyArray<{ id: string; question: string; source: string }>;
  rows: ScreeningRow[];
  onChange(rows: ScreeningRow[]): void;
}) {
  const t = useT();
  const answer = (id: string) => screeningAnswer(rows, id);
  const update = (next: ScreeningRow) =>
    onChange([...rows.filter((r) => r.questionId !== next.questionId), next]);
  if (questions.length === 0) return <p className="empty">{t('screening.none')}</p>;
  return (
    <fieldset className="rows">
      <legend>{t('input.answers')}</legend>
      {questions.map((q) => (
        <div key={q.id} className="row">
          <p lang="en">{q.question}</p>
          <p className="muted small" lang="en">
            {q.source}
          </p>
          <Tick
            label={t('screening.concern')}
            checked={answer(q.id).concern}
            onChange={(concern) => update({ ...answer(q.id), concern })}
          />
          <Field
            name={`screening-${q.id}`}
            label={t('screening.note')}
            value={answer(q.id).note}
            onChange={(note) => update({ ...answer(q.id), note })}
          />
        </div>
      ))}
    </fieldset>
  );
}
