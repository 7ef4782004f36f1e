/**
 * The conditions attached to a request and to the data it brought, and — for data received —
 * asking the node before using it for another purpose or passing it on: it answers with the
 * basis that allows the use, or refuses citing the sender's conditions.
 */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../../api/client';
import type { RequestView } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { Choice, Field } from '../fields';
import { useMe } from '../me';
import { ProblemNote } from '../problem';

const BASIS = {
  same_purpose: 'dataUse.basis.same_purpose',
  conditions_allow: 'dataUse.basis.conditions_allow',
  consent: 'dataUse.basis.consent',
} as const;

export function DataUse({ request }: { request: RequestView }) {
  const t = useT();
  const { can } = useMe();
  const s = request.state;
  return (
    <>
      {s.conditions.length > 0 ? (
        <ul className="conditions">
          {s.conditions.map((c) => (
            <li key={c.id}>
              <span className="tag">{term(t, 'conditionKind', c.kind)}</span>{' '}
              <span className="prose">{c.text}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('dataUse.noConditions')}</p>
      )}
      <p className="muted">{s.conditionsAgreed ? t('dataUse.agreed') : t('dataUse.notAgreed')}</p>
      {request.side === 'requesting' && s.transmitted.length > 0 && can('requests.act') && (
        <AskUse request={request} />
      )}
    </>
  );
}

function AskUse({ request }: { request: RequestView }) {
  const t = useT();
  const [dataItemId, setDataItemId] = useState<string | null>(
    request.state.transmitted[0]?.dataItemId ?? null,
  );
  const [kind, setKind] = useState<'reuse' | 'onward_transfer'>('reuse');
  const [purpose, setPurpose] = useState('');
  const [recipient, setRecipient] = useState('');
  const decide = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/requests/{id}/data-use', {
          params: { path: { id: request.id } },
          body: {
            dataItemId: dataItemId ?? '',
            kind,
            purpose,
            ...(kind === 'onward_transfer' && recipient ? { recipient } : {}),
          },
        }),
      ),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate();
  };
  return (
    <Form onSubmit={submit} className="form" aria-label={t('dataUse.ask')}>
      <h3>{t('dataUse.ask')}</h3>
      <Choice
        name="dataItemId"
        label={t('dataUse.dataItem')}
        options={request.state.transmitted.map((x) => ({
          id: x.dataItemId,
          label: `${x.itemId} · ${x.dataItemId}`,
        }))}
        value={dataItemId}
        onChange={setDataItemId}
        required
        problem={decide.error}
      />
      <Choice
        name="kind"
        label={t('dataUse.kind')}
        options={[
          { id: 'reuse', label: t('dataUse.reuse') },
          { id: 'onward_transfer', label: t('dataUse.onward') },
        ]}
        value={kind}
        onChange={(v) => setKind(v as typeof kind)}
        required
      />
      <Field
        name="purpose"
        label={t('dataUse.purpose')}
        value={purpose}
        onChange={setPurpose}
        required
        problem={decide.error}
      />
      {kind === 'onward_transfer' && (
        <Field
          name="recipient"
          label={t('dataUse.recipient')}
          value={recipient}
          onChange={setRecipient}
          problem={decide.error}
        />
      )}
      <ProblemNote error={decide.error} />
      {decide.data && (
        <p role="status" className="done">
          {t('dataUse.allowed', { basis: t(BASIS[decide.data.basis]) })}
        </p>
      )}
      <Button type="submit" className="secondary" isDisabled={decide.isPending}>
        {t('dataUse.check')}
      </Button>
    </Form>
  );
}
