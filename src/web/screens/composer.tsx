/**
 * Drafting a request from a case: the requested State, one of the instruments in force between
 * the two States, then the form the instrument asks for (its fields from the regime pack, each
 * with the provision behind it), the offences from the catalogue and the data items. The draft
 * is saved on the node as the person types, so nothing is lost; the node's safeguards review of
 * the saved draft (completeness, language, dual criminality, …) is shown beside it, live.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useLocation, useSearch } from 'wouter';
import { ApiProblem, api, call } from '../api/client';
import type { AvailableInstrument, RequestView } from '../api/types';
import { useNode } from '../api/queries';
import { useAnnounce } from '../components/announcer';
import { FieldInput } from '../components/composer/field-input';
import { InstrumentPicker, instrumentKey, useInstruments } from '../components/composer/instrument-picker';
import { ItemsEditor } from '../components/composer/items-editor';
import { OffencesPicker } from '../components/composer/offences-picker';
import { ReviewPanel } from '../components/composer/review';
import { Choice, Field } from '../components/fields';
import { useTitle } from '../components/hooks';
import { ProblemNote, problemText } from '../components/problem';
import { Section } from '../components/section';
import { useLocale, useT } from '../i18n/i18n';
import { term } from '../i18n/terms';
import {
  type ComposerValues,
  EMPTY_VALUES,
  type FieldSpec,
  draftContent,
  findingsByField,
  inputFields,
  sameContent,
  valuesFromDraft,
} from '../lib/composer';
import { formatInstant } from '../lib/format';

const AUTOSAVE_MS = 1_200;
const RETRY_MS = 3_000;

type Urgency = 'routine' | 'urgent' | 'emergency';

export default function Composer({ caseId }: { caseId: string }) {
  const t = useT();
  const search = useSearch();
  const draftParam = new URLSearchParams(search).get('draft');
  useTitle(t('composer.title'), t('shell.brand'));
  const node = useNode();
  const existing = useQuery({
    queryKey: ['request', draftParam],
    enabled: draftParam !== null,
    queryFn: () => call(api.GET('/api/requests/{id}', { params: { path: { id: draftParam ?? '' } } })),
  });
  if (node.error) return <ProblemNote error={node.error} />;
  if (!node.data || (draftParam && !existing.data && !existing.error)) return <p>{t('shell.loading')}</p>;
  return (
    <ComposerForm
      caseId={caseId}
      ownState={node.data.identity?.stateCode ?? null}
      draft={existing.data?.state.status === 'draft' ? existing.data : null}
      loadProblem={existing.error}
    />
  );
}

function ComposerForm({
  caseId,
  ownState,
  draft,
  loadProblem,
}: {
  caseId: string;
  ownState: string | null;
  draft: RequestView | null;
  loadProblem: unknown;
}) {
  const t = useT();
  const locale = useLocale();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [, navigate] = useLocation();
  const [state, setState] = useState<string | null>(draft?.state.requestedState ?? null);
  const [chosenKey, setChosenKey] = useState<string | null>(
    draft ? `${draft.state.regime}/${draft.state.instrument}` : null,
  );
  const instruments = useInstruments(state);
  const chosen = instruments.data?.find((i) => instrumentKey(i) === chosenKey) ?? null;
  const specs = (chosen?.spec.fields ?? []) as FieldSpec[];
  const [urgency, setUrgency] = useState<Urgency>(draft?.state.urgency ?? 'routine');
  const [language, setLanguage] = useState(draft?.state.language ?? 'en');
  const [values, setValues] = useState<ComposerValues>(EMPTY_VALUES);
  const [draftId, setDraftId] = useState<string | null>(draft?.id ?? null);
  const version = useRef<number>(draft?.state.version ?? 0);
  const [saved, setSaved] = useState<{ at: Date; content: unknown } | null>(null);
  const [saveProblem, setSaveProblem] = useState<unknown>(null);
  // After a failed save (connection lost, session ended) the draft is tried again a little later.
  const [retry, setRetry] = useState(0);
  const loadedFrom = useRef<string | null>(null);
  // Nothing is saved before the person writes something: choosing an instrument is not a draft.
  const [touched, setTouched] = useState(draft !== null);
  const edit = (change: (v: ComposerValues) => ComposerValues) => {
    setTouched(true);
    setValues(change);
  };

  // A draft opened again comes back into the form once its instrument's fields are known.
  useEffect(() => {
    if (!draft || !chosen || loadedFrom.current === draft.id) return;
    loadedFrom.current = draft.id;
    const back = valuesFromDraft(specs, draft.state);
    setValues(back);
    setSaved({ at: new Date(draft.updatedAt), content: draftContent(specs, back) });
  }, [draft, chosen, specs]);

  const content = useMemo(() => draftContent(specs, values), [specs, values]);
  const save = useMutation({
    mutationFn: async (next: typeof content): Promise<RequestView> => {
      if (!chosen || !state) throw new Error('nothing to save yet');
      if (!draftId)
        return call(
          api.POST('/api/cases/{id}/requests', {
            params: { path: { id: caseId } },
            body: {
              regime: chosen.regime,
              instrument: chosen.instrument,
              requestedState: state,
              urgency,
              language,
              ...next,
            },
          }),
        );
      return call(
        api.POST('/api/requests/{id}/actions', {
          params: { path: { id: draftId } },
          body: { action: { type: 'amend', ...next }, expectedVersion: version.current },
        }),
      );
    },
    onSuccess: (view, next) => {
      setDraftId(view.id);
      version.current = view.state.version;
      setSaved({ at: new Date(), content: next });
      setSaveProblem(null);
      client.setQueryData(['request', view.id], view);
      void client.invalidateQueries({ queryKey: ['request', view.id, 'review'] });
    },
    onError: async (error) => {
      setSaveProblem(error);
      setTimeout(() => setRetry((n) => n + 1), RETRY_MS);
      // Someone (or another tab) changed the draft: take its version; what is typed here stays and is saved next.
      if (error instanceof ApiProblem && error.status === 409 && draftId) {
        const now = await call(api.GET('/api/requests/{id}', { params: { path: { id: draftId } } })).catch(
          () => null,
        );
        if (now) version.current = now.state.version;
      }
    },
  });

  const dirty = chosen !== null && !sameContent(saved?.content, content);
  const started = dirty && touched;
  // The mutation object changes on every render; the timer reads its latest through a ref.
  const saveNow = useRef(save.mutate);
  saveNow.current = save.mutate;
  const saving = save.isPending;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `retry` re-arms the timer after a failed save
  useEffect(() => {
    if (!started || saving) return;
    const timer = setTimeout(() => saveNow.current(content), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [started, content, saving, retry]);

  const review = useQuery({
    queryKey: ['request', draftId, 'review', saved?.at.getTime()],
    enabled: draftId !== null && saved !== null,
    queryFn: () => call(api.GET('/api/requests/{id}/review', { params: { path: { id: draftId ?? '' } } })),
  });
  // Screening findings are for the requested State, after receipt: not the drafter's to fix.
  const byField = findingsByField(
    (review.data?.findings ?? []).filter((f) => !f.path.startsWith('/screening/')),
  );

  const submit = useMutation({
    mutationFn: async () => {
      if (dirty) await save.mutateAsync(content);
      return call(
        api.POST('/api/requests/{id}/actions', {
          params: { path: { id: draftId ?? '' } },
          body: { action: { type: 'submit' }, expectedVersion: version.current },
        }),
      );
    },
    onSuccess: async (view) => {
      announce(t('composer.submitted'));
      await client.invalidateQueries({ queryKey: ['requests'] });
      navigate(`/requests/${view.id}`);
    },
  });

  const setField = (name: string) => (value: ComposerValues['fields'][string] | undefined) =>
    edit((v) => {
      const fields = { ...v.fields };
      if (value === undefined) delete fields[name];
      else fields[name] = value;
      return { ...v, fields };
    });
  const itemsSpec = specs.find((f) => f.type === 'data_items');
  const offencesSpec = specs.find((f) => f.type === 'offence_list');
  const onChosen = (i: AvailableInstrument) => {
    setChosenKey(instrumentKey(i));
    if (i.spec.kind === 'emergency') setUrgency('emergency');
  };
  const states = useQuery({
    queryKey: ['states'],
    staleTime: 60_000,
    queryFn: () => call(api.GET('/api/register/states')),
  });
  const accepted = states.data?.find((s) => s.code === state)?.languages ?? [];

  return (
    <article className="composer" aria-labelledby="composer-title">
      <div className="page-head">
        <div>
          <p className="crumbs">
            <Link href={`/cases/${caseId}`}>{t('request.case')}</Link>
          </p>
          <h1 id="composer-title">{t('composer.title')}</h1>
        </div>
        <p className="save-state" role="status">
          {save.isPending
            ? t('composer.saving')
            : saveProblem
              ? t('composer.notSaved', { reason: problemText(t, saveProblem) })
              : saved && draftId
                ? t('composer.savedAt', { time: formatInstant(locale, saved.at.toISOString()) })
                : t('composer.notStarted')}
        </p>
      </div>
      <ProblemNote error={loadProblem} />
      <div className="composer-grid">
        <div className="composer-form">
          <Section id="where" title={t('composer.where')}>
            <InstrumentPicker
              ownState={ownState}
              state={state}
              onState={(code) => {
                setState(code);
                setChosenKey(null);
              }}
              chosen={chosenKey}
              onChosen={onChosen}
              locked={draftId !== null}
            />
            {chosen && draftId && (
              <p className="muted">
                {t('composer.fixedSettings', { urgency: term(t, 'urgency', urgency), language })}
              </p>
            )}
            {chosen && !draftId && (
              <div className="row">
                <Choice
                  name="urgency"
                  label={t('composer.urgency')}
                  options={(['routine', 'urgent', 'emergency'] as const).map((u) => ({
                    id: u,
                    label: term(t, 'urgency', u),
                  }))}
                  value={urgency}
                  onChange={(u) => setUrgency(u as Urgency)}
                  description={t('composer.fixedForDraft')}
                />
                <Field
                  name="language"
                  label={t('composer.language')}
                  value={language}
                  onChange={setLanguage}
                  description={
                    accepted.length > 0
                      ? t('composer.acceptedLanguages', { languages: accepted.join(', ') })
                      : t('composer.languagesUnknown')
                  }
                />
              </div>
            )}
          </Section>
          {chosen && (
            <Section
              id="form"
              title={t('composer.form', { instrument: term(t, 'instrument', chosen.instrument) })}
            >
              <p className="muted">{t('composer.requiredNote')}</p>
              {inputFields(specs).map((spec) => (
                <FieldInput
                  key={spec.name}
                  spec={spec}
                  value={values.fields[spec.name]}
                  onChange={setField(spec.name)}
                  findings={byField.get(spec.name) ?? []}
                  problem={save.error ?? submit.error}
                />
              ))}
              {offencesSpec && (
                <OffencesPicker
                  value={values.offences}
                  onChange={(offences) => edit((v) => ({ ...v, offences }))}
                  required={offencesSpec.required}
                  source={offencesSpec.source}
                  findings={[...(byField.get('offences') ?? [])]}
                />
              )}
              {itemsSpec && (
                <ItemsEditor
                  value={values.items}
                  onChange={(items) => edit((v) => ({ ...v, items }))}
                  required={itemsSpec.required}
                  source={itemsSpec.source}
                  findings={[...(byField.get('items') ?? [])]}
                />
              )}
            </Section>
          )}
        </div>
        {chosen && (
          <aside className="composer-review" aria-labelledby="review-title">
            <h2 id="review-title">{t('review.title')}</h2>
            <ReviewPanel review={review.data} findings={[...byField.values()].flat()} />
            <ProblemNote error={submit.error} />
            <Button
              className="primary"
              onPress={() => submit.mutate()}
              isDisabled={!draftId || submit.isPending || save.isPending}
            >
              {t('composer.submit', { state: state ?? '' })}
            </Button>
            {!draftId && <p className="muted small">{t('composer.submitNeedsDraft')}</p>}
          </aside>
        )}
      </div>
    </article>
  );
}
