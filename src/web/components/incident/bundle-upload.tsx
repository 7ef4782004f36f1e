/**
 * Dropping (or choosing) a STIX bundle onto an incident: the file streams from disk to the node
 * with a progress bar — it is never read whole into the page — and the node's per-object
 * report comes back as a table the analyst filters by outcome. A file that is not a bundle, or
 * stops half-way, gets the same report: what was read, and why the rest could not be.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Posted } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { formatCount } from '../../lib/format';
import { FileSend, useFileSend } from '../file-send';
import { Choice } from '../fields';
import { ProblemNote } from '../problem';
import { SpacerRow, useVirtualRows } from '../virtual-rows';
import { objectsKey } from './objects';

type Report = Posted<'/api/incidents/{id}/bundles'>;
type Outcome = Report['objects'][number];
const ROW_HEIGHT = 44;
const OUTCOMES = ['all', 'accepted', 'warnings', 'rejected', 'unchanged'] as const;
type OutcomeFilter = (typeof OUTCOMES)[number];

const outcomeOf = (o: Outcome): Exclude<OutcomeFilter, 'all'> =>
  o.status === 'accepted' && (o.warnings?.length ?? 0) > 0 ? 'warnings' : o.status;

export function BundleUpload({ incidentId }: { incidentId: string }) {
  const t = useT();
  const client = useQueryClient();
  const send = useFileSend<Report>(
    `/api/incidents/${incidentId}/bundles`,
    () => ({}),
    (report) => {
      if (!report) return;
      performance.mark('comity:bundle-imported', { detail: report.total });
      // The next file may be chosen while the objects table refreshes behind the report.
      void client.invalidateQueries({ queryKey: objectsKey(incidentId) });
    },
  );
  return (
    <div className="upload">
      <FileSend send={send} drop={t('bundle.drop')} checking={t('bundle.checking')} />
      <ProblemNote error={send.problem} />
      {send.result && send.file && <ImportReport report={send.result} fileName={send.file.name} />}
    </div>
  );
}

function ImportReport({ report, fileName }: { report: Report; fileName: string }) {
  const t = useT();
  const locale = useLocale();
  const [filter, setFilter] = useState<OutcomeFilter>('all');
  const rows = filter === 'all' ? report.objects : report.objects.filter((o) => outcomeOf(o) === filter);
  const accepted = report.accepted - report.acceptedWithWarnings;
  return (
    <section className="report" aria-labelledby="report-title">
      <h3 id="report-title">{t('bundle.reportOf', { name: fileName })}</h3>
      <p role="status">
        {t('bundle.totals', {
          total: formatCount(locale, report.total),
          accepted: formatCount(locale, accepted),
          warnings: formatCount(locale, report.acceptedWithWarnings),
          rejected: formatCount(locale, report.rejected),
          unchanged: formatCount(locale, report.unchanged),
        })}
      </p>
      {report.stopped && (
        <p className="problem" role="alert">
          {t('bundle.stopped')} <span lang="en">{report.stopped}</span>
        </p>
      )}
      <Choice
        name="outcome"
        label={t('bundle.show')}
        value={filter}
        onChange={(v) => setFilter(v as OutcomeFilter)}
        options={OUTCOMES.map((o) => ({ id: o, label: term(t, 'importOutcome', o) }))}
      />
      <ReportRows rows={rows} />
    </section>
  );
}

function ReportRows({ rows }: { rows: readonly Outcome[] }) {
  const t = useT();
  const { scroller, items, before, after } = useVirtualRows(rows.length, ROW_HEIGHT);
  if (rows.length === 0) return <p className="empty">{t('bundle.noneShown')}</p>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region, named, reachable by Tab
    <section ref={scroller} className="rows-scroll" tabIndex={0} aria-label={t('bundle.report')}>
      <table className="table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{t('bundle.report')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('objects.type')}</th>
            <th scope="col">{t('bundle.id')}</th>
            <th scope="col">{t('bundle.outcome')}</th>
            <th scope="col">{t('bundle.why')}</th>
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={before} columns={5} />
          {items.map((item) => {
            const o = rows[item.index]!;
            const outcome = outcomeOf(o);
            return (
              <tr key={item.index} aria-rowindex={item.index + 2} data-outcome={outcome}>
                <td>{o.index + 1}</td>
                <td>
                  <code>{o.type ?? '—'}</code>
                </td>
                <td dir="ltr">
                  <code className="wrap">{o.id ?? '—'}</code>
                </td>
                <th scope="row">{term(t, 'importOutcome', outcome)}</th>
                <td lang="en" dir="ltr">
                  {o.reason ?? o.warnings?.join('; ') ?? ''}
                  {o.path && <code> {o.path}</code>}
                </td>
              </tr>
            );
          })}
          <SpacerRow height={after} columns={5} />
        </tbody>
      </table>
    </section>
  );
}
