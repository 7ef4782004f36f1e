/**
 * Correlation: any observable typed (IP, domain, URL, hash, e-mail; defanged spellings such as
 * `hxxp://evil[.]example` are accepted), and everything the person may see that holds it —
 * incidents, requests and objects from peers — with a warning-list flag; below, the alerts the
 * node raised when the same value turned up on two sides, each side linked. The value searched
 * is in the address, so a search can be bookmarked or sent.
 */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { useLocation, useSearch } from 'wouter';
import { api, call } from '../api/client';
import type { Get } from '../api/types';
import { Field } from '../components/fields';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { type Translate, useLocale, useT } from '../i18n/i18n';
import { term } from '../i18n/terms';
import { formatInstant } from '../lib/format';

type Lookup = Get<'/api/observables'>;
type Alert = Get<'/api/correlation-alerts'>[number];

export default function Correlation() {
  const t = useT();
  const { can } = useMe();
  useTitle(t('correlation.title'), t('shell.brand'));
  const [, navigate] = useLocation();
  const searched = new URLSearchParams(useSearch()).get('value') ?? '';
  const [value, setValue] = useState(searched);
  const [missing, setMissing] = useState(false);
  const lookup = useQuery({
    queryKey: ['observable', searched],
    enabled: searched.length > 0 && can('observables.lookup'),
    queryFn: () => call(api.GET('/api/observables', { params: { query: { value: searched } } })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!value.trim());
    if (value.trim()) navigate(`/correlation?${new URLSearchParams({ value: value.trim() })}`);
  };
  return (
    <section aria-labelledby="correlation-title">
      <div className="page-head">
        <h1 id="correlation-title">{t('correlation.title')}</h1>
      </div>
      {can('observables.lookup') && (
        <Form onSubmit={submit} className="form" aria-label={t('correlation.search')}>
          <Field
            name="value"
            label={t('correlation.value')}
            description={t('correlation.valueHelp')}
            value={value}
            onChange={setValue}
            required
            missing={missing}
            problem={lookup.error}
          />
          <Button type="submit" className="primary">
            {t('correlation.find')}
          </Button>
        </Form>
      )}
      {lookup.error ? <ProblemNote error={lookup.error} /> : null}
      {lookup.data && <LookupResult lookup={lookup.data} />}
      <Section id="alerts" title={t('correlation.alerts')}>
        <Alerts />
      </Section>
    </section>
  );
}

/** The incidents holding a match, each a link named by its title where the person may see it. */
function IncidentLinks({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const incidents = useQuery({ queryKey: ['incidents'], queryFn: () => call(api.GET('/api/incidents')) });
  if (ids.length === 0) return <>—</>;
  return (
    <ul className="plain">
      {ids.map((id) => (
        <li key={id}>
          <Link href={`/incidents/${id}`}>
            {incidents.data?.find((i) => i.id === id)?.title ?? t('correlation.anIncident')}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Where a match lives, as a link the person can follow. */
function subjectLink(t: Translate, type: string, id: string, incidents: readonly string[]) {
  if (type === 'incident') return <Link href={`/incidents/${id}`}>{t('correlation.anIncident')}</Link>;
  if (type === 'request') return <Link href={`/requests/${id}`}>{t('correlation.aRequest')}</Link>;
  if (incidents[0]) return <Link href={`/incidents/${incidents[0]}`}>{t('correlation.anObjectIn')}</Link>;
  return <code className="wrap">{id}</code>;
}

function LookupResult({ lookup }: { lookup: Lookup }) {
  const t = useT();
  const _locale = useLocale();
  return (
    <section aria-labelledby="result-title" className="panel">
      <h2 id="result-title">
        {term(t, 'observableKind', lookup.kind)}:{' '}
        <code dir="ltr" className="wrap">
          {lookup.value}
        </code>
      </h2>
      {lookup.warning && (
        <p className="warning" role="note">
          {t('correlation.warning', { list: lookup.warning })}
        </p>
      )}
      <p role="status">{t('correlation.found', { count: lookup.matches.length })}</p>
      {lookup.matches.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('correlation.matches')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('correlation.where')}</th>
              <th scope="col">{t('objects.type')}</th>
              <th scope="col">{t('objects.source')}</th>
              <th scope="col">{t('correlation.incidents')}</th>
            </tr>
          </thead>
          <tbody>
            {lookup.matches.map((m) => (
              <tr key={`${m.subjectType}:${m.subjectId}`}>
                <th scope="row">
                  {subjectLink(t, m.subjectType, m.subjectId, m.incidents)}
                  {m.revoked && <span className="tag">{t('objects.revoked')}</span>}
                </th>
                <td>{m.objectType ? <code>{m.objectType}</code> : '—'}</td>
                <td>
                  {m.source === 'local' ? t('objects.local') : <span dir="ltr">{m.source}</span>} (
                  {m.sourceState})
                </td>
                <td>
                  <IncidentLinks ids={m.incidents} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Alerts() {
  const t = useT();
  const locale = useLocale();
  const alerts = useQuery({
    queryKey: ['correlation-alerts'],
    queryFn: () => call(api.GET('/api/correlation-alerts')),
    refetchInterval: 30_000,
  });
  if (alerts.error) return <ProblemNote error={alerts.error} />;
  if (!alerts.data) return <p>{t('shell.loading')}</p>;
  if (alerts.data.length === 0) return <p className="empty">{t('correlation.noAlerts')}</p>;
  // A side is named by what it is and where it came from; the incidents holding either side follow.
  const side = (s: Alert['subject']) => (
    <>
      {s.type === 'request' ? (
        <Link href={`/requests/${s.id}`}>{t('correlation.aRequest')}</Link>
      ) : s.type === 'incident' ? (
        <Link href={`/incidents/${s.id}`}>{t('correlation.anIncident')}</Link>
      ) : (
        t('correlation.anObject')
      )}{' '}
      <span className="muted" dir="ltr">
        ({s.source === 'local' ? t('objects.local') : s.source})
      </span>
    </>
  );
  return (
    <table className="table">
      <caption className="visually-hidden">{t('correlation.alerts')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('correlation.raised')}</th>
          <th scope="col">{t('correlation.value')}</th>
          <th scope="col">{t('correlation.here')}</th>
          <th scope="col">{t('correlation.there')}</th>
          <th scope="col">{t('correlation.incidents')}</th>
        </tr>
      </thead>
      <tbody>
        {[...alerts.data].reverse().map((a) => (
          <tr key={a.id}>
            <td>{formatInstant(locale, a.raisedAt)}</td>
            <th scope="row">
              {term(t, 'observableKind', a.kind)}{' '}
              <Link href={`/correlation?${new URLSearchParams({ value: a.value })}`}>
                <code dir="ltr" className="wrap">
                  {a.value}
                </code>
              </Link>
            </th>
            <td>{side(a.subject)}</td>
            <td>{side(a.matched)}</td>
            <td>
              <IncidentLinks ids={a.incidents} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
