/**
 * Notifications: the alerts sent to the person, the on-call roster of their authority, and —
 * for administrators and auditors — every notification the node queued, with its delivery state.
 */
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { NotificationView } from '../api/types';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { Roster } from '../components/roster';
import { Section } from '../components/section';
import { useLocale, useT } from '../i18n/i18n';
import { formatInstant } from '../lib/format';

const DELIVERY = {
  pending: 'delivery.pending',
  sent: 'delivery.sent',
  failed: 'delivery.failed',
} as const;

export default function Notifications() {
  const t = useT();
  const { user, can } = useMe();
  useTitle(t('notifications.title'), t('shell.brand'));
  const mine = useQuery({
    queryKey: ['notifications', 'mine'],
    queryFn: () => call(api.GET('/api/notifications/mine')),
  });
  const all = useQuery({
    queryKey: ['notifications', 'all'],
    enabled: can('notifications.read'),
    queryFn: () => call(api.GET('/api/notifications')),
  });
  return (
    <section aria-labelledby="notifications-title">
      <div className="page-head">
        <h1 id="notifications-title">{t('notifications.title')}</h1>
      </div>
      <Section id="mine" title={t('notifications.mine')}>
        <ProblemNote error={mine.error} />
        {mine.data && (
          <NotificationTable rows={mine.data} showTarget={false} caption={t('notifications.mine')} />
        )}
      </Section>
      <Section id="roster" title={t('notifications.roster')}>
        {user.authorityId ? (
          <Roster authorityId={user.authorityId} />
        ) : (
          <p className="empty">{t('notifications.noAuthority')}</p>
        )}
      </Section>
      {can('notifications.read') && (
        <Section id="queue" title={t('notifications.queue')}>
          <ProblemNote error={all.error} />
          {all.data && <NotificationTable rows={all.data} showTarget caption={t('notifications.queue')} />}
        </Section>
      )}
    </section>
  );
}

function NotificationTable({
  rows,
  showTarget,
  caption,
}: {
  rows: NotificationView[];
  showTarget: boolean;
  caption: string;
}) {
  const t = useT();
  const locale = useLocale();
  if (rows.length === 0) return <p className="empty">{t('notifications.none')}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('notifications.when')}</th>
          <th scope="col">{t('notifications.subject')}</th>
          {showTarget && <th scope="col">{t('notifications.to')}</th>}
          <th scope="col">{t('notifications.delivery')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((n) => (
          <tr key={n.id}>
            <th scope="row">{formatInstant(locale, n.createdAt)}</th>
            <td>
              <span className="prose">{n.subject}</span>
              <br />
              <code className="small">{n.event}</code>
            </td>
            {showTarget && (
              <td>
                {n.channel} · {n.target}
              </td>
            )}
            <td>
              {t(DELIVERY[n.status])}
              {n.lastError ? <span className="muted small"> {n.lastError}</span> : null}
              {n.sentAt ? <span className="muted small"> · {formatInstant(locale, n.sentAt)}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
