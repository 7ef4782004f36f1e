/**
 * Transmitting results (requested side, once items are executed): the request is filed in a
 * case of this authority, the evidence for each item is uploaded against it (progress and the
 * SHA-256 computed in the browser), each result is given the conditions that follow it
 * (purpose, retention, onward transfer), and the files go to the requesting State through the
 * federation in sealed chunks.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ApiProblem, api, call } from '../../api/client';
import { useCaseEvidence, useInstrument } from '../../api/queries';
import type { EvidenceView, RequestView } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { useAnnounce } from '../announcer';
import { EvidenceUpload } from '../evidence-upload';
import { Choice, Field } from '../fields';
import { ProblemNote } from '../problem';

interface Result {
  readonly evidenceId: string | null;
  readonly purpose: string;
  readonly onwardTransfer: 'forbidden' | 'with_prior_consent' | 'allowed';
  readonly retentionUntil: string;
}

const EMPTY: Result = {
  evidenceId: null,
  purpose: '',
  onwardTransfer: 'with_prior_consent',
  retentionUntil: '',
};

export function Transmit({ request }: { request: RequestView }) {
  const t = useT();
  return (
    <section className="transmit" aria-labelledby="transmit-title">
      <h3 id="transmit-title">{t('transmit.title')}</h3>
      {request.caseId ? (
        <TransmitForm request={request} caseId={request.caseId} />
      ) : (
        <FileInCase request={request} />
      )}
    </section>
  );
}

function FileInCase({ request }: { request: RequestView }) {
  const t = useT();
  const client = useQueryClient();
  const cases = useQuery({ queryKey: ['cases'], queryFn: () => call(api.GET('/api/cases')) });
  const [caseId, setCaseId] = useState<string | null>(null);
  const file = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/requests/{id}/case', {
          params: { path: { id: request.id } },
          body: { caseId: caseId ?? '' },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['request', request.id] }),
  });
  return (
    <Form
      className="form"
      aria-label={t('transmit.fileInCase')}
      onSubmit={(e) => {
        e.preventDefault();
        file.mutate();
      }}
    >
      <p>{t('transmit.needsCase')}</p>
      <Choice
        name="caseId"
        label={t('transmit.case')}
        options={(cases.data ?? [])
          .filter((c) => c.status === 'open')
          .map((c) => ({ id: c.id, label: `${c.reference} — ${c.title}` }))}
        value={caseId}
        onChange={setCaseId}
        required
        problem={file.error}
      />
      <ProblemNote error={file.error} />
      <Button type="submit" className="secondary" isDisabled={!caseId || file.isPending}>
        {t('transmit.fileInCase')}
      </Button>
    </Form>
  );
}

function TransmitForm({ request, caseId }: { request: RequestView; caseId: string }) {
  const t = useT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const evidence = useCaseEvidence(caseId);
  const instrument = useInstrument(request.id);
  const sent = new Set(request.state.transmitted.map((x) => x.itemId));
  const executed = request.state.items.filter((i) => i.status === 'executed' && !sent.has(i.id));
  const files = (evidence.data ?? []).filter((e) => e.requestId === request.id);
  const [results, setResults] = useState<Record<string, Result>>({});
  const [uploadItem, setUploadItem] = useState<string | null>(executed[0]?.id ?? null);
  const [missing, setMissing] = useState<string[]>([]);
  const resultOf = (itemId: string) => results[itemId] ?? EMPTY;
  const set = (itemId: string, change: Partial<Result>) =>
    setResults((r) => ({ ...r, [itemId]: { ...resultOf(itemId), ...change } }));

  const transmit = useMutation({
    mutationFn: async (chosen: { itemId: string; file: EvidenceView; result: Result }[]) => {
      const provenance = instrument.data?.spec.onwardTransfer ?? instrument.data?.spec.useLimitation;
      await call(
        api.POST('/api/requests/{id}/actions', {
          params: { path: { id: request.id } },
          body: {
            expectedVersion: request.state.version,
            action: {
              type: 'transmit_results',
              items: chosen.map(({ itemId, file, result }) => {
                const item = request.state.items.find((i) => i.id === itemId);
                return {
                  itemId,
                  dataItemId: file.id,
                  sha256: file.sha256,
                  conditions: {
                    purpose: result.purpose,
                    retentionUntil: result.retentionUntil || null,
                    onwardTransfer: result.onwardTransfer,
                    consentForm: 'written',
                    personalDataCategories:
                      item?.personalData && item.dataCategory ? [item.dataCategory] : [],
                    source: provenance?.source ?? request.state.regime,
                    confidence: provenance?.confidence ?? 'unconfirmed',
                  },
                };
              }),
            },
          },
        }),
      );
      return call(
        api.POST('/api/requests/{id}/evidence-transfers', {
          params: { path: { id: request.id } },
          body: { evidenceIds: chosen.map((c) => c.file.id) },
        }),
      );
    },
    onSuccess: async () => {
      setResults({});
      announce(t('transmit.done'));
      await client.invalidateQueries({ queryKey: ['request', request.id] });
    },
    onError: async (error) => {
      if (error instanceof ApiProblem && error.status === 409)
        await client.invalidateQueries({ queryKey: ['request', request.id] });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = executed
      .map((item) => ({ itemId: item.id, result: resultOf(item.id) }))
      .filter((c) => c.result.evidenceId !== null);
    const empty = chosen.filter((c) => !c.result.purpose.trim()).map((c) => c.itemId);
    setMissing(empty);
    if (chosen.length === 0 || empty.length > 0) return;
    transmit.mutate(chosen.map((c) => ({ ...c, file: files.find((f) => f.id === c.result.evidenceId)! })));
  };

  if (executed.length === 0) return <p className="empty">{t('transmit.nothingExecuted')}</p>;
  return (
    <>
      <div className="upload-for">
        <Choice
          name="uploadItem"
          label={t('transmit.uploadFor')}
          options={executed.map((i) => ({ id: i.id, label: `${i.id} — ${i.description}` }))}
          value={uploadItem}
          onChange={setUploadItem}
        />
        {uploadItem && (
          <EvidenceUpload
            caseId={caseId}
            requestId={request.id}
            itemId={uploadItem}
            onStored={(ev) => set(uploadItem, { evidenceId: ev.id })}
          />
        )}
      </div>
      <Form onSubmit={submit} className="form" aria-label={t('transmit.title')}>
        {executed.map((item) => {
          const result = resultOf(item.id);
          const mine = files.filter((f) => f.itemId === item.id || f.itemId === null);
          return (
            <fieldset key={item.id} className="rows">
              <legend>
                <code>{item.id}</code> {item.description}
              </legend>
              <Choice
                name={`evidence-${item.id}`}
                label={t('transmit.file')}
                options={mine.map((f) => ({ id: f.id, label: `${f.filename} · ${f.sha256.slice(0, 16)}…` }))}
                value={result.evidenceId}
                onChange={(evidenceId) => set(item.id, { evidenceId })}
                description={mine.length === 0 ? t('transmit.uploadFirst') : undefined}
              />
              <Field
                name={`purpose-${item.id}`}
                label={t('transmit.purpose')}
                value={result.purpose}
                onChange={(purpose) => set(item.id, { purpose })}
                required
                missing={missing.includes(item.id)}
              />
              <Choice
                name={`onward-${item.id}`}
                label={t('transmit.onward')}
                options={(['forbidden', 'with_prior_consent', 'allowed'] as const).map((id) => ({
                  id,
                  label: term(t, 'onward', id),
                }))}
                value={result.onwardTransfer}
                onChange={(v) => set(item.id, { onwardTransfer: v as Result['onwardTransfer'] })}
              />
              <Field
                name={`retention-${item.id}`}
                label={t('transmit.retention')}
                type="date"
                value={result.retentionUntil}
                onChange={(retentionUntil) => set(item.id, { retentionUntil })}
              />
            </fieldset>
          );
        })}
        <ProblemNote error={transmit.error} />
        <Button type="submit" className="primary" isDisabled={transmit.isPending}>
          {t('transmit.send')}
        </Button>
      </Form>
    </>
  );
}
