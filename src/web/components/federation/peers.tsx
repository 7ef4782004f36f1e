/**
 * The peers this node trusts and how delivery to each is going: what waits and since when,
 * the last delivery, the circuit breaker, the last error; its keys; charts of the messages
 * exchanged with it and of delivery times; a test message, and ending the trust.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { api, call } from '../../api/client';
import { PEERS, usePeers } from '../../api/queries';
import type { Get } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { formatCount, formatInstant } from '../../lib/format';
import { ConfirmButton } from '../confirm-button';
import { useMe } from '../me';
import { ProblemNote } from '../problem';
import { KeysTable } from './keys-table';
import { PeerTraffic } from './traffic';

type PeerView = Get<'/api/federation/peers'>['peers'][number];

export function Peers() {
  const t = useT();
  const peers = usePeers({ refetchInterval: 15_000 });
  if (peers.error) return <ProblemNote error={peers.error} />;
  if (!peers.data) return <p>{t('shell.loading')}</p>;
  if (peers.data.peers.length === 0) return <p className="empty">{t('federation.noPeers')}</p>;
  return (
    <ul className="peer-list">
      {peers.data.peers.map((peer) => (
        <li key={peer.nodeId}>
          <PeerCard peer={peer} />
        </li>
      ))}
    </ul>
  );
}

function PeerCard({ peer }: { peer: PeerView }) {
  const t = useT();
  const locale = useLocale();
  const { can } = useMe();
  const client = useQueryClient();
  const d = peer.delivery;
  const when = (iso: string | null) => (iso ? formatInstant(locale, iso) : t('federation.never'));
  const path = { params: { path: { nodeId: peer.nodeId } } };
  const ping = useMutation({
    mutationFn: () => call(api.POST('/api/federation/peers/{nodeId}/ping', { ...path, body: {} })),
    onSuccess: () => client.invalidateQueries({ queryKey: PEERS }),
  });
  const revoke = useMutation({
    mutationFn: () => call(api.POST('/api/federation/peers/{nodeId}/revoke', path)),
    onSuccess: () => client.invalidateQueries({ queryKey: PEERS }),
  });
  // Fetched only when opened: a node with many peers does not ask for every chart at once.
  const [trafficShown, setTrafficShown] = useState(false);
  const troubled = peer.status === 'revoked' || d.breaker !== 'closed' || d.lastError !== null;
  return (
    <article className={`peer ${troubled ? 'troubled' : ''}`} aria-labelledby={`peer-${peer.nodeId}`}>
      <h3 id={`peer-${peer.nodeId}`}>
        {peer.state} · <span dir="ltr">{peer.nodeId}</span>{' '}
        <span className="status-pill" data-status={peer.status}>
          {term(t, 'peerStatus', peer.status)}
        </span>
      </h3>
      <dl className="facts-list">
        <dt>{t('federation.url')}</dt>
        <dd dir="ltr">
          <code>{peer.url}</code>
        </dd>
        <dt>{t('federation.fingerprint')}</dt>
        <dd>
          <code className="fingerprint" dir="ltr">
            {peer.fingerprint}
          </code>
        </dd>
        <dt>{t('federation.breaker')}</dt>
        <dd>{term(t, 'breaker', d.breaker)}</dd>
        <dt>{t('federation.backlog')}</dt>
        <dd>{formatCount(locale, d.backlog)}</dd>
        <dt>{t('federation.oldest')}</dt>
        <dd>{d.oldestUndeliveredAt ? formatInstant(locale, d.oldestUndeliveredAt) : '—'}</dd>
        <dt>{t('federation.lastDelivered')}</dt>
        <dd>{when(d.lastDeliveredAt)}</dd>
        {d.lastError && (
          <>
            <dt>{t('federation.lastError')}</dt>
            <dd lang="en">{d.lastError}</dd>
          </>
        )}
      </dl>
      <details className="keys">
        <summary>{t('federation.peerKeys', { count: peer.keys.length })}</summary>
        <KeysTable keys={peer.keys} caption={t('federation.keys')} />
      </details>
      <details className="traffic-panel" onToggle={(e) => setTrafficShown(e.currentTarget.open)}>
        <summary>{t('traffic.summary')}</summary>
        {trafficShown && <PeerTraffic nodeId={peer.nodeId} />}
      </details>
      {can('federation.manage') && peer.status === 'active' && (
        <div className="button-row">
          <Button className="secondary" onPress={() => ping.mutate()} isDisabled={ping.isPending}>
            {t('federation.ping', { node: peer.nodeId })}
          </Button>
          <ConfirmButton
            danger
            label={t('federation.revoke', { node: peer.nodeId })}
            consequence={t('federation.revokeConsequence', { node: peer.nodeId })}
            busy={revoke.isPending}
            onConfirm={() => revoke.mutate()}
          />
        </div>
      )}
      {ping.isSuccess && (
        <p className="done" role="status">
          {t('federation.pinged')}
        </p>
      )}
      <ProblemNote error={ping.error ?? revoke.error} />
    </article>
  );
}
