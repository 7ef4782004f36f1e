/**
 * This node, for its administrator (and, read only, its auditor): which State and authority it
 * serves, the configuration in effect (every documented variable; secrets never shown), and
 * the webhooks that carry its events elsewhere — each with how its deliveries went — with
 * subscribing a URL (its signing secret shown once) and stopping one.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { api, call } from '../api/client';
import { useNode } from '../api/queries';
import type { Get } from '../api/types';
import { ConfirmButton } from '../components/confirm-button';
import { Field } from '../components/fields';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { ShownOnce } from '../components/shown-once';
import { useLocale, useT } from '../i18n/i18n';
import { formatCount, formatInstant, splitList } from '../lib/format';

type Webhook = Get<'/api/webhooks'>[number];

export default function NodeAdmin() {
  const t = useT();
  const { can } = useMe();
  const node = useNode();
  useTitle(t('node.title'), t('shell.brand'));
  return (
    <section aria-labelledby="node-title">
      <div className="page-head">
        <h1 id="node-title">{t('node.title')}</h1>
      </div>
      <ProblemNote error={node.error} />
      {node.data && (
        <dl className="facts-list">
          <dt>{t('node.publicUrl')}</dt>
          <dd dir="ltr">
            <code>{node.data.publicUrl}</code>
          </dd>
          <dt>{t('node.database')}</dt>
          <dd>{node.data.database === 'postgres' ? 'PostgreSQL' : 'SQLite'}</dd>
          <dt>{t('node.state')}</dt>
          <dd>{node.data.identity?.stateCode ?? t('node.notConfigured')}</dd>
          <dt>{t('node.since')}</dt>
          <dd>{node.data.identity ? <When iso={node.data.identity.configuredAt} /> : '—'}</dd>
        </dl>
      )}
      {can('webhooks.manage') && (
        <Section id="webhooks" title={t('webhooks.title')}>
          <Webhooks />
          <p>
            <Link href="/notifications">{t('webhooks.queue')}</Link>
          </p>
        </Section>
      )}
      {can('node.configuration') && (
        <Section id="configuration" title={t('node.configuration')}>
          <Configuration />
        </Section>
      )}
    </section>
  );
}

function When({ iso }: { iso: string }) {
  const locale = useLocale();
  return <>{formatInstant(locale, iso)}</>;
}

function Configuration() {
  const t = useT();
  const settings = useQuery({
    queryKey: ['node', 'configuration'],
    queryFn: () => call(api.GET('/api/node/configuration')),
  });
  if (settings.error) return <ProblemNote error={settings.error} />;
  if (!settings.data) return <p>{t('shell.loading')}</p>;
  return (
    <>
      <p className="muted">{t('node.configurationHelp')}</p>
      <div className="table-scroll">
        <table className="table config-table">
          <caption className="visually-hidden">{t('node.configuration')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('node.variable')}</th>
              <th scope="col">{t('node.value')}</th>
              <th scope="col">{t('node.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {settings.data.map((s) => (
              <tr key={s.variable}>
                <th scope="row">
                  <code className="variable">{s.variable}</code>
                </th>
                <td dir="ltr">
                  {s.value === null ? (
                    <span className="muted">
                      {t('node.default')} <span lang="en">{s.default}</span>
                    </span>
                  ) : (
                    <code className="wrap">{s.value}</code>
                  )}
                  {s.secret && <span className="tag">{t('node.masked')}</span>}
                </td>
                {/* The variables' descriptions are the node's own documentation, in English. */}
                <td lang="en" dir="ltr" className="muted">
                  {s.description}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Webhooks() {
  const t = useT();
  const hooks = useQuery({ queryKey: ['webhooks'], queryFn: () => call(api.GET('/api/webhooks')) });
  if (hooks.error) return <ProblemNote error={hooks.error} />;
  if (!hooks.data) return <p>{t('shell.loading')}</p>;
  const active = hooks.data.filter((h) => h.active);
  return (
    <>
      {active.length === 0 ? (
        <p className="empty">{t('webhooks.none')}</p>
      ) : (
        <ul className="peer-list">
          {active.map((h) => (
            <li key={h.id}>
              <WebhookCard hook={h} />
            </li>
          ))}
        </ul>
      )}
      <NewWebhook />
    </>
  );
}

function WebhookCard({ hook }: { hook: Webhook }) {
  const t = useT();
  const locale = useLocale();
  const client = useQueryClient();
  const stop = useMutation({
    mutationFn: () => call(api.DELETE('/api/webhooks/{id}', { params: { path: { id: hook.id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['webhooks'] }),
  });
  const d = hook.delivery;
  const troubled = (d?.failed ?? 0) > 0 || d?.lastError;
  return (
    <article className={`peer ${troubled ? 'troubled' : ''}`} aria-labelledby={`hook-${hook.id}`}>
      <h3 id={`hook-${hook.id}`} dir="ltr">
        <code className="wrap">{hook.url}</code>
      </h3>
      <dl className="facts-list">
        <dt>{t('webhooks.events')}</dt>
        <dd dir="ltr">
          {hook.events.map((e) => (
            <code key={e} className="event-name">
              {e}
            </code>
          ))}
        </dd>
        <dt>{t('webhooks.since')}</dt>
        <dd>{formatInstant(locale, hook.createdAt)}</dd>
        <dt>{t('webhooks.delivered')}</dt>
        <dd>
          {t('webhooks.counts', {
            sent: formatCount(locale, d?.sent ?? 0),
            pending: formatCount(locale, d?.pending ?? 0),
            failed: formatCount(locale, d?.failed ?? 0),
          })}
        </dd>
        <dt>{t('webhooks.lastSent')}</dt>
        <dd>{d?.lastSentAt ? formatInstant(locale, d.lastSentAt) : t('federation.never')}</dd>
        {d?.lastError && (
          <>
            <dt>{t('webhooks.lastError')}</dt>
            <dd lang="en" dir="ltr">
              {d.lastError}
            </dd>
          </>
        )}
      </dl>
      <ProblemNote error={stop.error} />
      <ConfirmButton
        label={t('webhooks.stop')}
        consequence={t('webhooks.stopConsequence')}
        busy={stop.isPending}
        onConfirm={() => stop.mutate()}
      />
    </article>
  );
}

function NewWebhook() {
  const t = useT();
  const client = useQueryClient();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState('*');
  const [missing, setMissing] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/webhooks', {
          body: {
            url: url.trim(),
            events: [...new Set(splitList(events))],
          },
        }),
      ),
    onSuccess: async () => {
      setUrl('');
      await client.invalidateQueries({ queryKey: ['webhooks'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = !url.trim() || !events.trim();
    setMissing(incomplete);
    if (!incomplete) create.mutate();
  };
  return (
    <>
      <Form onSubmit={submit} className="form" aria-label={t('webhooks.new')}>
        <h3>{t('webhooks.new')}</h3>
        <Field
          name="url"
          label={t('webhooks.url')}
          description={t('webhooks.urlHelp')}
          value={url}
          onChange={setUrl}
          required
          missing={missing && !url.trim()}
          problem={create.error}
        />
        <Field
          name="events"
          label={t('webhooks.events')}
          description={t('webhooks.eventsHelp')}
          value={events}
          onChange={setEvents}
          required
          missing={missing && !events.trim()}
          problem={create.error}
        />
        <ProblemNote error={create.error} />
        <Button type="submit" className="primary" isDisabled={create.isPending}>
          {t('webhooks.create')}
        </Button>
      </Form>
      {create.data && (
        <ShownOnce title={t('webhooks.secret')} secret={create.data.secret} help={t('webhooks.secretHelp')} />
      )}
    </>
  );
}
