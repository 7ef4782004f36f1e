/**
 * The remote TAXII collections this node subscribes to: each with where its poller stands
 * (objects received and refused, pages read, reading now, last success, next poll, the last
 * error in words), refreshed every few seconds while one is being read. Administrators make
 * one (the password or token never shown again), poll one now, pause, resume or remove it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form, ProgressBar } from 'react-aria-components';
import { api, call } from '../../api/client';
import type { Get } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { formatCount, formatInstant } from '../../lib/format';
import { TLP_ORDER } from '../../lib/stix';
import { ConfirmButton } from '../confirm-button';
import { Choice, Field } from '../fields';
import { useMe } from '../me';
import { ProblemNote } from '../problem';

type Subscription = Get<'/api/taxii/subscriptions'>[number];
const KEY = ['taxii', 'subscriptions'];

export function Subscriptions() {
  const t = useT();
  const { can } = useMe();
  const list = useQuery({
    queryKey: KEY,
    queryFn: () => call(api.GET('/api/taxii/subscriptions')),
    // While a feed is being read (or was just asked for), its progress is shown as it moves.
    refetchInterval: (query) =>
      (query.state.data ?? []).some((s) => s.active && (s.midListing || new Date(s.nextPollAt) <= new Date()))
        ? 2000
        : 30_000,
  });
  return (
    <>
      <p className="muted">{t('subscriptions.help')}</p>
      <ProblemNote error={list.error} />
      {!list.data && !list.error && <p>{t('shell.loading')}</p>}
      {list.data && list.data.length === 0 && <p className="empty">{t('subscriptions.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="peer-list">
          {list.data.map((s) => (
            <li key={s.id}>
              <SubscriptionCard subscription={s} manage={can('taxii.subscriptions.manage')} />
            </li>
          ))}
        </ul>
      )}
      {can('taxii.subscriptions.manage') && <NewSubscription />}
    </>
  );
}

function SubscriptionCard({ subscription: s, manage }: { subscription: Subscription; manage: boolean }) {
  const t = useT();
  const locale = useLocale();
  const client = useQueryClient();
  const change = useMutation({
    mutationFn: (what: 'pause' | 'resume' | 'poll_now') =>
      call(
        api.POST('/api/taxii/subscriptions/{id}/{change}', { params: { path: { id: s.id, change: what } } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const remove = useMutation({
    mutationFn: () => call(api.DELETE('/api/taxii/subscriptions/{id}', { params: { path: { id: s.id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const titleId = `subscription-${s.id}`;
  const state = !s.active
    ? t('subscriptions.paused')
    : s.midListing
      ? t('subscriptions.reading')
      : t('subscriptions.active');
  return (
    <article className="peer-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{s.title}</h3>
      <p>
        <code dir="ltr" className="wrap">
          {s.collectionUrl}
        </code>
      </p>
      {s.active && s.midListing && (
        <ProgressBar
          isIndeterminate
          className="progress"
          aria-label={t('subscriptions.readingLabel', { title: s.title })}
        >
          <span className="progress-value">
            {t('subscriptions.readingSoFar', { pages: s.pages, objects: s.objectsReceived })}
          </span>
          <div className="progress-track">
            <div className="progress-fill pulsing" style={{ width: '100%' }} />
          </div>
        </ProgressBar>
      )}
      <dl className="facts-list">
        <dt>{t('subscriptions.state')}</dt>
        <dd>{state}</dd>
        <dt>{t('subscriptions.received')}</dt>
        <dd>
          {t('subscriptions.counts', {
            received: formatCount(locale, s.objectsReceived),
            refused: formatCount(locale, s.objectsRefused),
            pages: s.pages,
          })}
        </dd>
        <dt>{t('subscriptions.every')}</dt>
        <dd>
          {t('subscriptions.interval', { minutes: s.intervalMinutes })} · {t('subscriptions.unmarkedAs')}{' '}
          <span dir="ltr">TLP:{s.defaultTlp.toUpperCase()}</span>
        </dd>
        <dt>{t('subscriptions.lastSuccess')}</dt>
        <dd>{s.lastSuccessAt ? formatInstant(locale, s.lastSuccessAt) : t('subscriptions.never')}</dd>
        {s.active && (
          <>
            <dt>{t('subscriptions.nextPoll')}</dt>
            <dd>{formatInstant(locale, s.nextPollAt)}</dd>
          </>
        )}
      </dl>
      {s.lastError && (
        <div className="problem" role="alert">
          <p>{t('subscriptions.failing', { count: s.failures })}</p>
          {/* The poller's account of what the remote did, in the node's own words. */}
          <p lang="en" dir="ltr">
            {s.lastError}
          </p>
        </div>
      )}
      <ProblemNote error={change.error ?? remove.error} />
      {manage && (
        <div className="row-actions">
          {s.active && (
            <Button
              className="secondary"
              isDisabled={change.isPending}
              onPress={() => change.mutate('poll_now')}
            >
              {t('subscriptions.pollNow')}
            </Button>
          )}
          <Button
            className="secondary"
            isDisabled={change.isPending}
            onPress={() => change.mutate(s.active ? 'pause' : 'resume')}
          >
            {s.active ? t('subscriptions.pause') : t('subscriptions.resume')}
          </Button>
          <ConfirmButton
            label={t('subscriptions.remove')}
            consequence={t('subscriptions.removeConsequence')}
            busy={remove.isPending}
            danger
            onConfirm={() => remove.mutate()}
          />
        </div>
      )}
    </article>
  );
}

const AUTH_KINDS = ['basic', 'token', 'none'] as const;
const AUTH_NAMES = {
  basic: 'subscriptions.authBasic',
  token: 'subscriptions.authToken',
  none: 'subscriptions.authNone',
} as const;

function NewSubscription() {
  const t = useT();
  const client = useQueryClient();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [auth, setAuth] = useState<(typeof AUTH_KINDS)[number]>('basic');
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [interval, setIntervalText] = useState('60');
  const [tlp, setTlp] = useState('amber');
  const [tried, setTried] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/taxii/subscriptions', {
          body: {
            title,
            collectionUrl: url,
            auth,
            ...(auth === 'basic' ? { username } : {}),
            ...(auth !== 'none' && secret ? { secret } : {}),
            intervalMinutes: Number(interval),
            defaultTlp: tlp as 'amber',
          },
        }),
      ),
    onSuccess: async () => {
      setTitle('');
      setUrl('');
      setUsername('');
      setSecret('');
      setTried(false);
      await client.invalidateQueries({ queryKey: KEY });
    },
  });
  const minutes = Number(interval);
  const badInterval = !Number.isInteger(minutes) || minutes < 1 || minutes > 10_080;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (
      !title.trim() ||
      !url.trim() ||
      badInterval ||
      (auth === 'basic' && !username) ||
      (auth !== 'none' && !secret)
    )
      return;
    create.mutate();
  };
  return (
    <Form className="form" onSubmit={submit} aria-labelledby="new-subscription-title">
      <h3 id="new-subscription-title">{t('subscriptions.new')}</h3>
      <Field
        name="title"
        label={t('subscriptions.title')}
        value={title}
        onChange={setTitle}
        required
        missing={tried && !title.trim()}
        problem={create.error}
      />
      <Field
        name="collectionUrl"
        label={t('subscriptions.url')}
        description={
          <>
            {t('subscriptions.urlHelp')} <code dir="ltr">https://…/taxii2/api/collections/…/</code>
          </>
        }
        value={url}
        onChange={setUrl}
        required
        missing={tried && !url.trim()}
        problem={create.error}
      />
      <Choice
        name="auth"
        label={t('subscriptions.auth')}
        value={auth}
        onChange={(v) => setAuth(v as (typeof AUTH_KINDS)[number])}
        options={AUTH_KINDS.map((k) => ({ id: k, label: t(AUTH_NAMES[k]) }))}
      />
      {auth === 'basic' && (
        <Field
          name="username"
          label={t('subscriptions.username')}
          value={username}
          onChange={setUsername}
          required
          missing={tried && !username}
          problem={create.error}
          autoComplete="off"
        />
      )}
      {auth !== 'none' && (
        <Field
          name="secret"
          type="password"
          label={auth === 'basic' ? t('subscriptions.password') : t('subscriptions.token')}
          description={t('subscriptions.secretHelp')}
          value={secret}
          onChange={setSecret}
          required
          missing={tried && !secret}
          problem={create.error}
          autoComplete="new-password"
        />
      )}
      <Field
        name="intervalMinutes"
        type="number"
        label={t('subscriptions.intervalLabel')}
        value={interval}
        onChange={setIntervalText}
        required
        {...(tried && badInterval ? { message: t('subscriptions.intervalRange') } : {})}
        problem={create.error}
      />
      <Choice
        name="defaultTlp"
        label={t('subscriptions.defaultTlp')}
        description={t('subscriptions.defaultTlpHelp')}
        value={tlp}
        onChange={setTlp}
        options={TLP_ORDER.map((l) => ({ id: l, label: `TLP:${l.toUpperCase()}` }))}
      />
      <ProblemNote error={create.error} />
      <Button type="submit" className="primary" isDisabled={create.isPending}>
        {t('subscriptions.subscribe')}
      </Button>
    </Form>
  );
}
