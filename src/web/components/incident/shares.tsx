/**
 * The record of an incident's sharing: each share sent or received, per peer what went and
 * what was withheld, and where each message is — queued, accepted (with the peer's signed
 * receipt), or refused — refreshed while anything is still on its way.
 */
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { Get } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { formatCount, formatInstant } from '../../lib/format';
import { ProblemNote } from '../problem';

type Share = Get<'/api/incidents/{id}/shares'>[number];
type PeerOutcome = { peer: string; state?: string; sent?: unknown[]; withheld?: unknown[] };

export function IncidentShares({ incidentId }: { incidentId: string }) {
  const t = useT();
  const shares = useQuery({
    queryKey: ['incident', incidentId, 'shares'],
    queryFn: () => call(api.GET('/api/incidents/{id}/shares', { params: { path: { id: incidentId } } })),
    refetchInterval: (q) =>
      (q.state.data ?? []).some((s) => s.delivery.some((d) => d.status === 'pending')) ? 3_000 : false,
  });
  if (shares.error) return <ProblemNote error={shares.error} />;
  if (!shares.data) return <p>{t('shell.loading')}</p>;
  if (shares.data.length === 0) return <p className="empty">{t('shares.none')}</p>;
  return (
    <ol className="share-list">
      {[...shares.data].reverse().map((s) => (
        <li key={s.id}>
          <ShareEntry share={s} />
        </li>
      ))}
    </ol>
  );
}

function ShareEntry({ share }: { share: Share }) {
  const t = useT();
  const locale = useLocale();
  const peers = (Array.isArray(share.outcome) ? share.outcome : []) as PeerOutcome[];
  return (
    <article aria-label={formatInstant(locale, share.createdAt)}>
      <p>
        <strong>{share.direction === 'out' ? t('shares.sentOut') : t('shares.receivedIn')}</strong>{' '}
        {formatInstant(locale, share.createdAt)} ·{' '}
        <span dir="ltr">{share.direction === 'out' ? share.peers.join(', ') : share.createdBy}</span>
      </p>
      {share.direction === 'out' && (
        <table className="table">
          <caption className="visually-hidden">{t('shares.perPeer')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('shares.peer')}</th>
              <th scope="col">{t('shares.went')}</th>
              <th scope="col">{t('shares.withheld')}</th>
              <th scope="col">{t('shares.delivery')}</th>
            </tr>
          </thead>
          <tbody>
            {peers.map((p) => {
              const messages = share.delivery.filter((d) => d.peer === p.peer);
              return (
                <tr key={p.peer}>
                  <th scope="row">
                    {p.state} <span dir="ltr">({p.peer})</span>
                  </th>
                  <td>{formatCount(locale, p.sent?.length ?? 0)}</td>
                  <td>{formatCount(locale, p.withheld?.length ?? 0)}</td>
                  <td>
                    {messages.length === 0 && <span className="muted">{t('shares.nothingSent')}</span>}
                    <ul className="plain">
                      {messages.map((m) => {
                        const accepted = m.receipts.find((r) => r.receiptType === 'accepted');
                        return (
                          <li key={m.messageId} data-delivery={m.status}>
                            {term(t, 'messageDelivery', m.status)}
                            {accepted &&
                              ` · ${t('shares.receipt', { at: formatInstant(locale, accepted.signedAt) })}`}
                            {m.status === 'pending' &&
                              m.attempts > 0 &&
                              ` · ${t('shares.attempts', { count: m.attempts })}`}
                            {m.lastError && m.status !== 'accepted' && (
                              <span className="muted" lang="en" dir="ltr">
                                {' '}
                                ({m.lastError})
                              </span>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </article>
  );
}
