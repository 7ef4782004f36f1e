/**
 * The audit trail: every change on the node and every read of personal data, filtered by
 * subject, action, person and period (kept in the address, so a request's or a case's whole
 * trail is one link), exported whole, and the hash chain verified with its first bad event named.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Link } from 'react-aria-components';
import { useLocation, useSearch } from 'wouter';
import { api, call } from '../api/client';
import type { Get } from '../api/types';
import { AuditFilterForm } from '../components/audit/filters';
import { VerifyChain } from '../components/audit/verify';
import { useTitle } from '../components/hooks';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { type Translate, useLocale, useT } from '../i18n/i18n';
import { term } from '../i18n/terms';
import { type AuditFilters, apiQuery, readFilters, writeFilters } from '../lib/audit-filters';
import { formatInstant } from '../lib/format';

type AuditPage = Get<'/api/audit'>;
type AuditEvent = AuditPage['events'][number];

const PAGE = 100;

export default function Audit() {
  const t = useT();
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = readFilters(search);
  useTitle(t('audit.title'), t('shell.brand'));
  const events = useInfiniteQuery({
    queryKey: ['audit', search],
    initialPageParam: filters.at,
    getNextPageParam: (last: AuditPage) => last.next ?? undefined,
    queryFn: ({ pageParam }): Promise<AuditPage> =>
      call(
        api.GET('/api/audit', {
          params: {
            query: {
              ...apiQuery(filters),
              limit: PAGE,
              ...(pageParam === undefined ? {} : { cursor: pageParam }),
            },
          },
        }),
      ),
  });
  const apply = (next: AuditFilters) =>
    navigate(`/audit${writeFilters(next) ? `?${writeFilters(next)}` : ''}`);
  const rows = events.data?.pages.flatMap((p) => p.events) ?? [];
  const exportQuery = new URLSearchParams(
    Object.entries(apiQuery(filters)).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  return (
    <section aria-labelledby="audit-title">
      <div className="page-head">
        <div>
          <h1 id="audit-title">{t('audit.title')}</h1>
          <p className="muted">{t('audit.intro')}</p>
        </div>
      </div>
      <Section id="audit-filters" title={t('audit.filters')}>
        <AuditFilterForm key={search} filters={filters} problem={events.error} onApply={apply} />
      </Section>
      <Section id="audit-events" title={t('audit.events')}>
        <ProblemNote error={events.error} />
        {events.isPending && <p>{t('shell.loading')}</p>}
        {events.data && rows.length === 0 && <p className="empty">{t('audit.none')}</p>}
        {rows.length > 0 && <EventTable rows={rows} />}
        {events.data && (
          <p className="muted" aria-live="polite">
            {t('audit.shown', { count: rows.length })}
          </p>
        )}
        {events.hasNextPage && (
          <Button
            className="secondary"
            onPress={() => void events.fetchNextPage()}
            isDisabled={events.isFetchingNextPage}
          >
            {events.isFetchingNextPage ? t('shell.loading') : t('audit.more')}
          </Button>
        )}
      </Section>
      <Section id="audit-export" title={t('audit.export')}>
        <p>{t('audit.exportHelp')}</p>
        <p className="button-row">
          <a className="button secondary" href={`/api/audit/export?${exportQuery}&format=csv`} download>
            {t('audit.exportCsv')}
          </a>
          <a className="button secondary" href={`/api/audit/export?${exportQuery}&format=jsonl`} download>
            {t('audit.exportJsonl')}
          </a>
        </p>
      </Section>
      <Section id="audit-verify" title={t('audit.verifyTitle')}>
        <VerifyChain />
      </Section>
    </section>
  );
}

function EventTable({ rows }: { rows: AuditEvent[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="table-scroll">
      <table className="table audit-table">
        <caption className="visually-hidden">{t('audit.events')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.seq')}</th>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.subject')}</th>
            <th scope="col">{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.seq}>
              <th scope="row">{e.seq}</th>
              <td>{formatInstant(locale, e.at)}</td>
              <td>
                <Link href={`/audit?${writeFilters({ order: 'newest', actor: e.actorId })}`}>
                  {actorLabel(t, e)}
                </Link>
              </td>
              <td>
                <code className="action">{e.action}</code>
                {e.legalBasis && <div className="muted small">{e.legalBasis}</div>}
              </td>
              <td>
                <Link
                  href={`/audit?${writeFilters({ order: 'oldest', subjectType: e.subjectType, subjectId: e.subjectId })}`}
                  aria-label={t('audit.trailOf', {
                    subject: `${term(t, 'auditSubject', e.subjectType)} ${e.subjectId}`,
                  })}
                >
                  {term(t, 'auditSubject', e.subjectType)} <code className="small">{e.subjectId}</code>
                </Link>
              </td>
              <td>
                <details>
                  <summary>{t('audit.show')}</summary>
                  <pre className="small" dir="ltr">
                    {JSON.stringify(e.details, null, 2)}
                  </pre>
                  <p className="hash small">
                    {t('audit.hash')} <code dir="ltr">{e.hash}</code>
                  </p>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A person by name; the node, a peer or an unknown account by kind and id. */
function actorLabel(t: Translate, e: AuditEvent): string {
  if (e.actorName) return e.actorName;
  // The node acts under its own name (`node`); peers and unknown accounts are told apart by id.
  if (e.actorType === 'system' && e.actorId === 'node') return term(t, 'actorType', 'system');
  return `${term(t, 'actorType', e.actorType)} · ${e.actorId}`;
}
