/**
 * The safeguards review as the node computes it on the saved draft: what blocks submission,
 * what to look at, and the dual-criminality evaluation offence by offence. Shown live while the
 * request is written, so nothing is learnt only at submission.
 */
import type { Review } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import type { Finding } from '../../lib/composer';

export function FindingList({
  findings,
  compact = false,
}: {
  findings: readonly Finding[];
  compact?: boolean;
}) {
  const t = useT();
  if (findings.length === 0) return null;
  return (
    <ul className={compact ? 'findings compact' : 'findings'}>
      {findings.map((f) => (
        <li key={`${f.code}|${f.path}|${f.message}`} className={`finding ${f.severity}`}>
          <span className="severity">{term(t, 'severity', f.severity)}</span> {term(t, 'finding', f.code)}
          <span className="node-words" lang="en">
            {f.message}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function ReviewPanel({
  review,
  findings,
}: {
  review: Review | undefined;
  findings: readonly Finding[];
}) {
  const t = useT();
  if (!review) return <p className="muted">{t('review.waiting')}</p>;
  // The screening questions are the requested State's to answer once the request arrives.
  const blocking = findings.filter((f) => f.severity === 'blocking').length;
  const dc = review.dualCriminality;
  return (
    <div className="review" aria-live="polite">
      <p className={review.readyToSend ? 'done' : 'warning'}>
        {review.readyToSend ? t('review.ready') : t('review.blocking', { count: Math.max(blocking, 1) })}
      </p>
      <FindingList findings={findings} />
      <h3>{t('review.dualCriminality')}</h3>
      <p>
        <strong>{term(t, 'dualCriminality', dc.outcome)}</strong>
      </p>
      {dc.reasons.length > 0 && (
        <ul className="node-words" lang="en">
          {dc.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {dc.offences.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('review.dualCriminality')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.offence')}</th>
              <th scope="col">{t('review.outcome')}</th>
              <th scope="col">{t('review.matched')}</th>
            </tr>
          </thead>
          <tbody>
            {dc.offences.map((o) => (
              <tr key={o.code}>
                <th scope="row">
                  <code>{o.code}</code> {term(t, 'offence', o.code)}
                </th>
                <td>{term(t, 'dualCriminality', o.outcome)}</td>
                <td lang="en">
                  {o.matched
                    .map((m) => `${m.provision} (${t('review.maxPenalty', { years: m.maxPenaltyYears })})`)
                    .join('; ') || '—'}
                  {o.reasons.length > 0 && <span className="muted small"> {o.reasons.join(' ')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dc.provisions.length > 0 && (
        <p className="source" lang="en">
          {dc.provisions.map((p) => p.source).join(' · ')}
        </p>
      )}
    </div>
  );
}
