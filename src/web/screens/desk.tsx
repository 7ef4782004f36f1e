/**
 * The 24/7 desk: every received request the officer's authority handles that is not over, most
 * urgent first, each with its running clock (in the officer's and the requesting authority's
 * local time), escalation level and a one-step acknowledgement; who is on call now; new arrivals
 * appear by themselves (the live stream). Thousands of rows stay fluid: only the visible ones
 * are drawn.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useEffect, useMemo, useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { api, call } from '../api/client';
import { allRequests } from '../api/requests';
import { BothTimes, TimeLeft } from '../components/clock';
import { useNow, useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { SpacerRow, useVirtualRows } from '../components/virtual-rows';
import { useT } from '../i18n/i18n';
import { term } from '../i18n/terms';
import { type DeskRow, deskRows } from '../lib/desk';

const ROW_HEIGHT = 64;
// The request column takes what the others leave.
const COLUMN_WIDTHS = ['7rem', undefined, '4rem', '8rem', '10rem', '14rem', '6rem', '10rem'];

export default function Desk() {
  const t = useT();
  const { user } = useMe();
  useTitle(t('desk.title'), t('shell.brand'));
  const now = useNow(15_000);
  const requests = useQuery({ queryKey: ['requests'], queryFn: allRequests });
  const rows = useMemo(() => deskRows(requests.data ?? []), [requests.data]);
  return (
    <section className="desk" aria-labelledby="desk-title">
      <div className="page-head">
        <h1 id="desk-title">{t('desk.title')}</h1>
        <OnCall authorityId={user.authorityId} />
      </div>
      <p className="count" aria-live="polite">
        {t('desk.count', { count: rows.length })}
      </p>
      <ProblemNote error={requests.error} />
      {requests.isPending ? (
        <p>{t('shell.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty">{t('desk.empty')}</p>
      ) : (
        <DeskTable rows={rows} now={now} />
      )}
    </section>
  );
}

function OnCall({ authorityId }: { authorityId: string | null }) {
  const t = useT();
  const roster = useQuery({
    queryKey: ['oncall', authorityId],
    enabled: authorityId !== null,
    queryFn: () =>
      call(api.GET('/api/register/authorities/{id}/oncall', { params: { path: { id: authorityId ?? '' } } })),
  });
  if (!authorityId || !roster.data) return null;
  const names = roster.data.onCall.map((o) => o.displayName);
  return (
    <p className="on-call">
      {names.length > 0 ? t('desk.onCall', { names: names.join(', ') }) : t('desk.nobodyOnCall')}
    </p>
  );
}

function DeskTable({ rows, now }: { rows: ReturnType<typeof deskRows>; now: Date }) {
  const t = useT();
  // Only the rows in view are in the page; spacer rows keep the scroll height of the rest.
  const { scroller, items, before, after, measure } = useVirtualRows(rows.length, ROW_HEIGHT, 8);
  // A User Timing mark once this many rows are on screen: what the benchmark (and anyone
  // profiling a slow desk in the browser's performance panel) reads.
  useEffect(() => {
    performance.mark('comity:desk-rows', { detail: rows.length });
  }, [rows.length]);
  const headers = [
    t('desk.col.urgency'),
    t('desk.col.request'),
    t('desk.col.from'),
    t('desk.col.status'),
    t('desk.col.clock'),
    t('desk.col.due'),
    t('desk.col.escalation'),
    t('desk.col.action'),
  ];
  return (
    // A scrolling region must be reachable by keyboard to be scrolled by keyboard (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region, named, reachable by Tab
    <section ref={scroller} className="desk-scroll" tabIndex={0} aria-label={t('desk.rowsLabel')}>
      <table className="table desk-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{t('desk.tableLabel')}</caption>
        <colgroup>
          {headers.map((h, i) => (
            <col key={h} style={{ inlineSize: COLUMN_WIDTHS[i] }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {headers.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={before} columns={headers.length} />
          {items.map((v) => (
            <DeskRowView
              key={rows[v.index]!.id}
              row={rows[v.index]!}
              index={v.index}
              now={now}
              measure={measure}
            />
          ))}
          <SpacerRow height={after} columns={headers.length} />
        </tbody>
      </table>
    </section>
  );
}

/**
 * One row, drawn again only when its request, the minute or its place changes: scrolling mounts
 * the rows coming into view and leaves the others alone.
 */
const DeskRowView = memo(function DeskRowView({
  row,
  index,
  now,
  measure,
}: {
  row: DeskRow;
  index: number;
  now: Date;
  measure: (element: Element | null) => void;
}) {
  const t = useT();
  return (
    <tr
      aria-rowindex={index + 2}
      data-index={index}
      ref={measure}
      className={`desk-row urgency-${row.urgency}`}
    >
      <td>
        <span className={`badge ${row.urgency}`}>{term(t, 'urgency', row.urgency)}</span>
      </td>
      <th scope="row">
        <Link href={`/requests/${row.id}`} className="row-link">
          {term(t, 'instrument', row.instrument)}
        </Link>
        <span className="muted small"> {row.regime}</span>
      </th>
      <td>{row.from}</td>
      <td>{term(t, 'status', row.status)}</td>
      <td>
        {row.next?.dueAt ? (
          <>
            <TimeLeft dueAt={row.next.dueAt} now={now} />
            <span className="muted small" lang="en">
              {' '}
              {row.next.label}
            </span>
          </>
        ) : (
          <span className="muted">{t('desk.noClock')}</span>
        )}
      </td>
      <td>{row.next?.dueAt ? <BothTimes at={row.next.dueAt} otherZone={row.requestingTimeZone} /> : null}</td>
      <td>
        {row.escalationLevel > 0
          ? t('desk.escalated', { level: row.escalationLevel })
          : t('desk.notEscalated')}
      </td>
      <td>
        {row.acknowledged ? (
          <span className="muted">{t('desk.acknowledged')}</span>
        ) : (
          <Acknowledge id={row.id} />
        )}
      </td>
    </tr>
  );
});

function Acknowledge({ id }: { id: string }) {
  const t = useT();
  const client = useQueryClient();
  const [problem, setProblem] = useState<unknown>(null);
  const acknowledge = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/requests/{id}/actions', {
          params: { path: { id } },
          body: { action: { type: 'start_review' } },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['requests'] }),
    onError: setProblem,
  });
  return (
    <>
      <Button
        className="primary small"
        onPress={() => acknowledge.mutate()}
        isDisabled={acknowledge.isPending}
      >
        {t('desk.acknowledge')}
      </Button>
      {problem ? <ProblemNote error={problem} /> : null}
    </>
  );
}
