/**
 * This node as its peers know it: its id and address, the fingerprint of its card (read aloud
 * to another State's administrator when they add it), its keys, and rotating them.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ConfirmButton } from '../confirm-button';
import { useMe } from '../me';
import { ProblemNote } from '../problem';
import { KeysTable } from './keys-table';

export function ThisNode() {
  const t = useT();
  const { can } = useMe();
  const client = useQueryClient();
  const node = useQuery({
    queryKey: ['federation', 'node'],
    queryFn: () => call(api.GET('/api/federation/node')),
  });
  const rotate = useMutation({
    mutationFn: () => call(api.POST('/api/federation/keys/rotate', { body: {} })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['federation', 'node'] }),
  });
  if (node.error) return <ProblemNote error={node.error} />;
  if (!node.data) return <p>{t('shell.loading')}</p>;
  const n = node.data;
  return (
    <>
      <dl className="facts-list">
        <dt>{t('federation.nodeId')}</dt>
        <dd dir="ltr">
          <code>{n.nodeId}</code> · {n.state}
        </dd>
        <dt>{t('federation.url')}</dt>
        <dd dir="ltr">
          <code>{n.url}</code>
        </dd>
        <dt>{t('federation.fingerprint')}</dt>
        <dd>
          <code className="fingerprint" dir="ltr">
            {n.fingerprint}
          </code>
          <div className="muted small">{t('federation.fingerprintHelp')}</div>
        </dd>
      </dl>
      <KeysTable keys={n.keys} caption={t('federation.keys')} />
      {can('federation.manage') && (
        <>
          {rotate.isSuccess && (
            <p className="done" role="status">
              {t('federation.rotated')}{' '}
              <code className="fingerprint" dir="ltr">
                {rotate.data.fingerprint}
              </code>
            </p>
          )}
          <ProblemNote error={rotate.error} />
          <ConfirmButton
            label={t('federation.rotate')}
            consequence={t('federation.rotateConsequence')}
            busy={rotate.isPending}
            onConfirm={() => rotate.mutate()}
          />
        </>
      )}
    </>
  );
}
