/**
 * One's personal API tokens, for scripts and other tools (a SIEM, a ticketing system): each
 * with what it is for, when it was last used and when it expires; a new one is shown once;
 * revoking asks first, since whatever uses it stops working.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n';
import { formatInstant } from '../../lib/format';
import { ConfirmButton } from '../confirm-button';
import { Field } from '../fields';
import { ProblemNote } from '../problem';
import { ShownOnce } from '../shown-once';

const KEY = ['auth', 'tokens'];

export function ApiTokens() {
  const t = useT();
  const locale = useLocale();
  const client = useQueryClient();
  const tokens = useQuery({ queryKey: KEY, queryFn: () => call(api.GET('/api/auth/tokens')) });
  const revoke = useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/auth/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const when = (iso: string | null, none: string) => (iso ? formatInstant(locale, iso) : none);
  return (
    <>
      <ProblemNote error={tokens.error ?? revoke.error} />
      {tokens.data && tokens.data.length === 0 && <p className="empty">{t('tokens.none')}</p>}
      {tokens.data && tokens.data.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('tokens.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tokens.name')}</th>
                <th scope="col">{t('tokens.prefix')}</th>
                <th scope="col">{t('tokens.created')}</th>
                <th scope="col">{t('tokens.lastUsed')}</th>
                <th scope="col">{t('tokens.expires')}</th>
                <th scope="col">{t('tokens.state')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((token) => (
                <tr key={token.id} className={token.revokedAt ? 'past' : undefined}>
                  <th scope="row" className="prose">
                    {token.name}
                  </th>
                  <td>
                    {/* The secret is `cmty_` + prefix + the rest; the node keeps only the prefix in clear. */}
                    <code dir="ltr">cmty_{token.prefix}…</code>
                  </td>
                  <td>{formatInstant(locale, token.createdAt)}</td>
                  <td>{when(token.lastUsedAt, t('tokens.never'))}</td>
                  <td>{when(token.expiresAt, t('tokens.noExpiry'))}</td>
                  <td>
                    {token.revokedAt ? (
                      t('tokens.revokedAt', { time: formatInstant(locale, token.revokedAt) })
                    ) : (
                      <ConfirmButton
                        danger
                        label={t('tokens.revoke', { name: token.name })}
                        consequence={t('tokens.revokeConsequence', { name: token.name })}
                        busy={revoke.isPending}
                        onConfirm={() => revoke.mutate(token.id)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewToken />
    </>
  );
}

function NewToken() {
  const t = useT();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [missing, setMissing] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/auth/tokens', {
          body: { name: name.trim(), ...(days.trim() ? { expiresInDays: Number(days) } : {}) },
        }),
      ),
    onSuccess: async () => {
      setName('');
      await client.invalidateQueries({ queryKey: KEY });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!name.trim());
    if (name.trim()) create.mutate();
  };
  return (
    <>
      {create.data && (
        <ShownOnce
          title={t('tokens.createdTitle', { name: create.data.apiToken.name })}
          secret={create.data.token}
          help={t('tokens.createdHelp')}
        />
      )}
      <Form onSubmit={submit} className="form narrow" aria-label={t('tokens.new')}>
        <h3>{t('tokens.new')}</h3>
        <Field
          name="name"
          label={t('tokens.name')}
          description={t('tokens.nameHelp')}
          value={name}
          onChange={setName}
          required
          missing={missing}
          problem={create.error}
        />
        <Field
          name="expiresInDays"
          label={t('tokens.days')}
          description={t('tokens.daysHelp')}
          type="number"
          value={days}
          onChange={setDays}
          problem={create.error}
        />
        <ProblemNote error={create.error} />
        <Button type="submit" className="primary" isDisabled={create.isPending}>
          {t('tokens.create')}
        </Button>
      </Form>
    </>
  );
}
