/**
 * Evidence sent and received under a request: each file with its SHA-256, how far its chunks
 * have gone, whether the receiving node verified the hash, and the results transmitted with
 * the conditions that follow them (the chain of custody as the two nodes recorded it).
 */
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { RequestView } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { formatBytes, formatInstant } from '../../lib/format';
import { ProblemNote } from '../problem';

export function Transfers({ request }: { request: RequestView }) {
  const t = useT();
  const locale = useLocale();
  const transfers = useQuery({
    queryKey: ['request', request.id, 'transfers'],
    queryFn: () =>
      call(api.GET('/api/requests/{id}/evidence-transfers', { params: { path: { id: request.id } } })),
    refetchInterval: (q) =>
      q.state.data?.some((x) => !['verified', 'rejected', 'failed'].includes(x.status)) ? 2_000 : false,
  });
  const transmitted = request.state.transmitted;
  return (
    <>
      <ProblemNote error={transfers.error} />
      {transfers.data && transfers.data.length > 0 ? (
        <table className="table">
          <caption>{t('transfers.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('transfers.file')}</th>
              <th scope="col">{t('transfers.direction')}</th>
              <th scope="col">{t('transfers.progress')}</th>
              <th scope="col">{t('transfers.status')}</th>
              <th scope="col">{t('transfers.sha256')}</th>
            </tr>
          </thead>
          <tbody>
            {transfers.data.map((x) => {
              const done = x.direction === 'outgoing' ? (x.chunksAcknowledged ?? 0) : (x.chunksReceived ?? 0);
              return (
                <tr key={x.id}>
                  <th scope="row">
                    {x.direction === 'incoming' && x.evidenceId ? (
                      <a href={`/api/evidence/${x.evidenceId}/content`} download>
                        {x.filename}
                      </a>
                    ) : (
                      x.filename
                    )}{' '}
                    <span className="muted">{formatBytes(locale, x.size)}</span>
                  </th>
                  <td>
                    {x.direction === 'outgoing'
                      ? t('transfers.sent', { peer: x.peer })
                      : t('transfers.received', { peer: x.peer })}
                  </td>
                  <td>
                    <progress
                      value={done}
                      max={x.chunkCount}
                      aria-label={t('transfers.chunks', { done, total: x.chunkCount })}
                    />{' '}
                    {t('transfers.chunks', { done, total: x.chunkCount })}
                  </td>
                  <td>
                    {term(t, 'transfer', x.status)}
                    {x.verified ? <span className="tag ok">{t('transfers.verified')}</span> : null}
                    {x.reason ? <span className="muted"> {x.reason}</span> : null}
                    <br />
                    <span className="muted small">{formatInstant(locale, x.updatedAt)}</span>
                  </td>
                  <td>
                    <code className="hash">{x.sha256}</code>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="empty">{t('transfers.none')}</p>
      )}
      {transmitted.length > 0 && (
        <table className="table">
          <caption>{t('transfers.results')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('items.id')}</th>
              <th scope="col">{t('transfers.dataItem')}</th>
              <th scope="col">{t('transfers.sha256')}</th>
              <th scope="col">{t('transfers.conditions')}</th>
            </tr>
          </thead>
          <tbody>
            {transmitted.map((x) => (
              <tr key={`${x.itemId}-${x.dataItemId}`}>
                <th scope="row">
                  <code>{x.itemId}</code>
                </th>
                <td>
                  <code>{x.dataItemId}</code>
                </td>
                <td>{x.sha256 ? <code className="hash">{x.sha256}</code> : '—'}</td>
                <td className="prose">
                  {t('conditions.purpose', { purpose: x.conditions.purpose })}
                  <br />
                  {term(t, 'onward', x.conditions.onwardTransfer)}
                  {x.conditions.retentionUntil
                    ? ` · ${t('conditions.retention', { date: x.conditions.retentionUntil })}`
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
