/**
 * Onward transfer of an incident received from another State: the originator's consents on
 * record here, each naming the State it allows and the originator's reference (a letter, a
 * message number), and recording a new one. With a consent on record, objects shared under
 * "onward transfer only with prior consent" may go to that State — the share preview shows it.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../../api/client';
import type { Get } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { formatInstant } from '../../lib/format';
import { Field } from '../fields';
import { useMe } from '../me';
import { ProblemNote } from '../problem';

type Consent = Get<'/api/incidents/{id}'>['onwardConsents'][number];

export function OnwardConsents({
  incidentId,
  originState,
  consents,
}: {
  incidentId: string;
  originState: string;
  consents: readonly Consent[];
}) {
  const t = useT();
  const locale = useLocale();
  const { can } = useMe();
  return (
    <>
      <p>{t('onward.explain', { state: originState })}</p>
      {consents.length === 0 ? (
        <p className="empty">{t('onward.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('onward.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('onward.state')}</th>
              <th scope="col">{t('onward.reference')}</th>
              <th scope="col">{t('onward.recordedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {consents.map((c) => (
              <tr key={c.state}>
                <th scope="row">
                  <code>{c.state}</code>
                </th>
                <td dir="auto">{c.reference}</td>
                <td>{formatInstant(locale, c.recordedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can('incidents.share') && <RecordConsent incidentId={incidentId} />}
    </>
  );
}

function RecordConsent({ incidentId }: { incidentId: string }) {
  const t = useT();
  const client = useQueryClient();
  const [state, setState] = useState('');
  const [reference, setReference] = useState('');
  const [missing, setMissing] = useState(false);
  const record = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/incidents/{id}/onward-consents', {
          params: { path: { id: incidentId } },
          body: { state: state.trim().toUpperCase(), reference: reference.trim() },
        }),
      ),
    onSuccess: async () => {
      setState('');
      setReference('');
      await client.invalidateQueries({ queryKey: ['incident', incidentId] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const complete = state.trim() !== '' && reference.trim() !== '';
    setMissing(!complete);
    if (complete) record.mutate();
  };
  return (
    <Form onSubmit={submit} className="form" aria-label={t('onward.record')}>
      <Field
        name="state"
        label={t('onward.state')}
        description={t('onward.stateHelp')}
        value={state}
        onChange={setState}
        required
        missing={missing && !state.trim()}
        problem={record.error}
      />
      <Field
        name="reference"
        label={t('onward.reference')}
        description={t('onward.referenceHelp')}
        value={reference}
        onChange={setReference}
        required
        missing={missing && !reference.trim()}
        problem={record.error}
      />
      <ProblemNote error={record.error} />
      <Button type="submit" className="secondary" isDisabled={record.isPending}>
        {t('onward.record')}
      </Button>
      {record.isSuccess && (
        <p className="done" role="status">
          {t('onward.recorded', { state: record.data.state })}
        </p>
      )}
    </Form>
  );
}
