/**
 * One MISP import's report: the event, the counts (with a bar of how the attributes fared,
 * the counts beside it being its text), every refused attribute and every note with its
 * reason, and what the store refused; and the event, as the reader may see it, to download in
 * MISP's format.
 */
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { api, call } from '../../api/client';
import type { Get } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { formatCount, formatInstant } from '../../lib/format';
import { ProblemNote } from '../problem';

type Detail = Get<'/api/misp/imports/{id}'>;

export function ImportReport({ detail }: { detail: Detail }) {
  const t = useT();
  const locale = useLocale();
  const problems = detail.outcomes.filter((o) => o.status !== 'converted');
  return (
    <section className="misp-report" aria-labelledby={`misp-report-${detail.id}`}>
      <h3 id={`misp-report-${detail.id}`}>
        {detail.eventInfo ? <bdi>{detail.eventInfo}</bdi> : t('misp.noEvent')}
      </h3>
      {detail.status === 'refused' ? (
        <p className="problem" role="note">
          {t('misp.refusedWhole')}{' '}
          <span lang="en" dir="ltr">
            {detail.error}
          </span>
        </p>
      ) : (
        <>
          <OutcomeBar detail={detail} />
          <dl className="facts-list">
            <dt>{t('misp.event')}</dt>
            <dd>
              <code dir="ltr">{detail.eventUuid}</code>
            </dd>
            <dt>{t('misp.when')}</dt>
            <dd>{formatInstant(locale, detail.finishedAt)}</dd>
            <dt>{t('misp.attributes')}</dt>
            <dd>
              {t('misp.attributeCounts', {
                total: formatCount(locale, detail.attributes),
                converted: formatCount(locale, detail.converted),
                notes: formatCount(locale, detail.keptAsNotes),
                refused: formatCount(locale, detail.refused),
              })}
            </dd>
            <dt>{t('misp.store')}</dt>
            <dd>
              {t('misp.storeCounts', {
                stored: formatCount(locale, detail.stored),
                unchanged: formatCount(locale, detail.unchanged),
                rejected: formatCount(locale, detail.rejected),
              })}
            </dd>
            <dt>{t('misp.galaxies')}</dt>
            <dd>{formatCount(locale, detail.galaxies)}</dd>
          </dl>
          {detail.eventUuid && <Download uuid={detail.eventUuid} />}
        </>
      )}
      {problems.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('misp.problemsCaption', { count: problems.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('misp.attribute')}</th>
                <th scope="col">{t('misp.type')}</th>
                <th scope="col">{t('misp.outcome')}</th>
                <th scope="col">{t('misp.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((o, i) => (
                // Refused elements may have no uuid: rows are keyed by place in a list that never reorders.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <tr key={i}>
                  <th scope="row">
                    <code dir="ltr">{o.uuid || '—'}</code>
                  </th>
                  <td>
                    <code dir="ltr">{o.type}</code>
                  </td>
                  <td>{o.status === 'refused' ? t('misp.refused') : t('misp.keptAsNote')}</td>
                  {/* The node's reasons are its own words, in English. */}
                  <td lang="en" dir="ltr">
                    {o.reason}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {detail.rejections.filter((r) => r.status === 'rejected').length > 0 && (
        <ul className="plain">
          {detail.rejections
            .filter((r) => r.status === 'rejected')
            .map((r) => (
              <li key={r.index}>
                <code dir="ltr">{r.id ?? r.index}</code>
                <div lang="en" dir="ltr" className="muted">
                  {r.reason}
                </div>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}

/** How the attributes fared, as a bar: the counts written beside it say the same in words. */
function OutcomeBar({ detail }: { detail: Detail }) {
  const total = Math.max(detail.attributes, 1);
  const part = (n: number) => `${(100 * n) / total}%`;
  return (
    <div className="outcome-bar" aria-hidden="true">
      <span className="converted" style={{ inlineSize: part(detail.converted) }} />
      <span className="note" style={{ inlineSize: part(detail.keptAsNotes) }} />
      <span className="refused" style={{ inlineSize: part(detail.refused) }} />
    </div>
  );
}

function Download({ uuid }: { uuid: string }) {
  const t = useT();
  const [problem, setProblem] = useState<unknown>(null);
  const download = async () => {
    setProblem(null);
    try {
      const event = await call(api.GET('/api/misp/events/{id}', { params: { path: { id: uuid } } }));
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(event, null, 2)], { type: 'application/json' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = `${uuid}.json`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <>
      <Button className="secondary" onPress={download}>
        {t('misp.download')}
      </Button>
      <ProblemNote error={problem} />
    </>
  );
}
