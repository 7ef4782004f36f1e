/**
 * The federation: this node as its peers know it, the peers it trusts with the health of
 * delivery to each, trusting a new one, and the delivery alerts the 24/7 officer must see.
 */
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { Peers } from '../components/federation/peers';
import { ThisNode } from '../components/federation/this-node';
import { TrustPeer } from '../components/federation/trust-peer';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { useLocale, useT } from '../i18n/i18n';
import { formatInstant } from '../lib/format';

export default function Federation() {
  const t = useT();
  const { can } = useMe();
  useTitle(t('federation.title'), t('shell.brand'));
  return (
    <section aria-labelledby="federation-title">
      <div className="page-head">
        <div>
          <h1 id="federation-title">{t('federation.title')}</h1>
          <p className="muted">{t('federation.intro')}</p>
        </div>
      </div>
      <Section id="federation-alerts" title={t('federation.alerts')}>
        <Alerts />
      </Section>
      <Section id="federation-peers" title={t('federation.peers')}>
        <Peers />
      </Section>
      {can('federation.manage') && (
        <Section id="federation-trust" title={t('federation.trust')}>
          <TrustPeer />
        </Section>
      )}
      <Section id="federation-node" title={t('federation.node')}>
        <ThisNode />
      </Section>
    </section>
  );
}

function Alerts() {
  const t = useT();
  const locale = useLocale();
  const alerts = useQuery({
    queryKey: ['federation', 'alerts'],
    queryFn: () => call(api.GET('/api/federation/alerts', { params: { query: { open: true } } })),
    refetchInterval: 15_000,
  });
  if (alerts.error) return <ProblemNote error={alerts.error} />;
  if (!alerts.data) return <p>{t('shell.loading')}</p>;
  if (alerts.data.alerts.length === 0) return <p className="empty">{t('federation.noAlerts')}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('federation.alerts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('federation.alertRaised')}</th>
            <th scope="col">{t('federation.state')}</th>
            <th scope="col">{t('federation.alertReason')}</th>
            <th scope="col">{t('federation.message')}</th>
          </tr>
        </thead>
        <tbody>
          {alerts.data.alerts.map((a) => (
            <tr key={a.id}>
              <th scope="row">{formatInstant(locale, a.raisedAt)}</th>
              <td dir="ltr">{a.peer}</td>
              <td>
                <code>{a.reason}</code> <span lang="en">{a.detail}</span>
              </td>
              <td>
                <code className="small" dir="ltr">
                  {a.messageId}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
