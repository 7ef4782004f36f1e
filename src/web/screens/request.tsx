/**
 * One request, whole: its derived state, the actions the person may take now, every deadline
 * with its legal source, the items and their progress, the ladder of signed receipts, evidence
 * sent and received, status queries, the conditions on the data, what was asked, and the
 * timeline. Live: a change on either node refreshes the page by itself.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { api, call } from '../api/client';
import { Actions } from '../components/request/actions';
import { Content } from '../components/request/content';
import { DataUse } from '../components/request/data-use';
import { Deadlines } from '../components/request/deadlines';
import { Items } from '../components/request/items';
import { Ladder } from '../components/request/ladder';
import { StatusQueries } from '../components/request/status-queries';
import { Timeline } from '../components/request/timeline';
import { Transfers } from '../components/request/transfers';
import { Transmit } from '../components/request/transmit';
import { useNow, useTitle } from '../components/hooks';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { useLocale, useT } from '../i18n/i18n';
import { term } from '../i18n/terms';
import { writeFilters } from '../lib/audit-filters';
import { formatInstant } from '../lib/format';
import { useMe } from '../components/me';

export default function RequestPage({ id }: { id: string }) {
  const t = useT();
  const locale = useLocale();
  const { can } = useMe();
  const now = useNow(15_000);
  const path = { params: { path: { id } } };
  const request = useQuery({
    queryKey: ['request', id],
    queryFn: () => call(api.GET('/api/requests/{id}', path)),
  });
  const actions = useQuery({
    queryKey: ['request', id, 'actions', request.data?.state.version],
    enabled: request.isSuccess,
    // While the actions of a newer version load, the open forms (and what is typed in them) stay.
    placeholderData: keepPreviousData,
    queryFn: () => call(api.GET('/api/requests/{id}/actions', path)),
  });
  const events = useQuery({
    queryKey: ['request', id, 'events', request.data?.state.version],
    enabled: request.isSuccess,
    placeholderData: keepPreviousData,
    queryFn: () => call(api.GET('/api/requests/{id}/events', path)),
  });
  const messages = useQuery({
    queryKey: ['request', id, 'messages', request.data?.updatedAt],
    enabled: request.isSuccess,
    placeholderData: keepPreviousData,
    queryFn: () => call(api.GET('/api/requests/{id}/messages', path)),
    refetchInterval: 10_000,
  });
  const title = request.data ? term(t, 'instrument', request.data.state.instrument) : t('request.title');
  useTitle(title, t('shell.brand'));
  if (request.error) return <ProblemNote error={request.error} />;
  if (!request.data) return <p>{t('shell.loading')}</p>;
  const r = request.data;
  const s = r.state;
  const mySide = r.side;
  return (
    <article className="request" aria-labelledby="request-title">
      <div className="page-head">
        <div>
          <p className="crumbs">
            {r.caseId ? <Link href={`/cases/${r.caseId}`}>{t('request.case')}</Link> : t('request.noCase')}
          </p>
          <h1 id="request-title">
            {title} <span className="muted">· {s.regime}</span>
          </h1>
          <p className="facts">
            <span className={`badge ${s.urgency}`}>{term(t, 'urgency', s.urgency)}</span>
            <span className="status-pill" data-status={s.status}>
              {term(t, 'status', s.status)}
            </span>
            {s.preservation && (
              <span>{t('request.preservation', { status: term(t, 'preservation', s.preservation) })}</span>
            )}
            <span>{t('request.route', { from: s.requestingState, to: s.requestedState })}</span>
            <span>{mySide === 'requesting' ? t('side.weRequest') : t('side.weAreRequested')}</span>
            <span>{term(t, 'channel', s.channel)}</span>
            {s.submittedAt && (
              <span>{t('request.submittedAt', { time: formatInstant(locale, s.submittedAt) })}</span>
            )}
            {can('audit.read') && (
              <Link
                href={`/audit?${writeFilters({ order: 'oldest', subjectType: 'request', subjectId: r.id })}`}
              >
                {t('audit.trailLink')}
              </Link>
            )}
          </p>
        </div>
        {s.status === 'draft' && r.caseId && (
          <Link className="button primary" href={`/cases/${r.caseId}/compose?draft=${r.id}`}>
            {t('request.continueDraft')}
          </Link>
        )}
      </div>

      <Section id="actions" title={t('request.actions')}>
        {actions.data ? (
          <Actions request={r} actions={actions.data} />
        ) : (
          <ProblemNote error={actions.error} />
        )}
        {actions.data?.some((a) => a.type === 'transmit_results' && a.available) && <Transmit request={r} />}
      </Section>
      <Section id="deadlines" title={t('request.deadlines')}>
        <Deadlines state={s} now={now} mySide={mySide} />
      </Section>
      <Section id="items" title={t('request.items')}>
        <Items state={s} />
      </Section>
      <Section id="ladder" title={t('request.ladder')}>
        {messages.data ? (
          <Ladder messages={messages.data} side={mySide} />
        ) : (
          <ProblemNote error={messages.error} />
        )}
      </Section>
      <Section id="evidence" title={t('request.evidence')}>
        <Transfers request={r} />
      </Section>
      <Section id="status-queries" title={t('request.statusQueries')}>
        <StatusQueries request={r} />
      </Section>
      <Section id="data-use" title={t('request.dataUse')}>
        <DataUse request={r} />
      </Section>
      <Section id="content" title={t('request.content')}>
        <Content request={r} />
      </Section>
      <Section id="timeline" title={t('request.timeline')}>
        {events.data ? <Timeline events={events.data} /> : <ProblemNote error={events.error} />}
      </Section>
    </article>
  );
}
