/**
 * The evidence ladder of the message that brought the request to the requested State: its
 * signed receipts in order (accepted → delivered → opened → answered), when each was signed, by
 * which node, and the fingerprint of the signing key (the one read out when the peer was
 * trusted). The other messages about the request (its events going back and forth) follow in a
 * table, each with the receipt that accepted it.
 */
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import type { CarriedMessage } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { formatInstant } from '../../lib/format';

const RUNGS = ['accepted', 'delivered', 'opened', 'answered'] as const;

export function Ladder({
  messages,
  side,
}: {
  messages: readonly CarriedMessage[];
  side: 'requesting' | 'requested';
}) {
  const t = useT();
  const locale = useLocale();
  if (messages.length === 0) return <p className="empty">{t('ladder.none')}</p>;
  // The message that brought the request to the requested State: the one the higher rungs are
  // about, else the first that went in that direction.
  const towardsRequested = side === 'requesting' ? 'out' : 'in';
  const carrier =
    messages.find((m) => m.rungs.some((r) => r.rung !== 'accepted')) ??
    messages.find((m) => m.direction === towardsRequested) ??
    messages[0]!;
  const others = messages.filter((m) => m !== carrier);
  return (
    <>
      <p>
        <strong>
          {carrier.direction === 'out'
            ? t('ladder.sent', { peer: carrier.peer })
            : t('ladder.received', { peer: carrier.peer })}
        </strong>{' '}
        <code>{carrier.type}</code> · {formatInstant(locale, carrier.at)}
      </p>
      <ol className="rungs" aria-label={t('ladder.rungs')}>
        {RUNGS.map((rung) => {
          const signed = carrier.rungs.find((r) => r.rung === rung);
          return (
            <li key={rung} className={signed ? 'rung done' : 'rung'} data-rung={rung}>
              <span className="rung-name">{term(t, 'rung', rung)}</span>
              {signed ? (
                <span className="rung-detail">
                  {t('ladder.signedAt', { time: formatInstant(locale, signed.signedAt) })}
                  <br />
                  {t('ladder.signedBy', { node: signed.signedBy })}
                  <br />
                  <span className="fingerprint">
                    {t('ladder.key', { fingerprint: signed.keyFingerprint })}
                  </span>
                </span>
              ) : (
                <span className="rung-detail muted">{t('ladder.awaited')}</span>
              )}
            </li>
          );
        })}
      </ol>
      {others.length > 0 && (
        <Disclosure className="other-messages">
          <Heading level={3}>
            <Button slot="trigger" className="link-button">
              {t('ladder.others', { count: others.length })}
            </Button>
          </Heading>
          <DisclosurePanel>
            <table className="table">
              <caption className="visually-hidden">{t('ladder.others', { count: others.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('notifications.when')}</th>
                  <th scope="col">{t('transfers.direction')}</th>
                  <th scope="col">{t('ladder.type')}</th>
                  <th scope="col">{t('rung.accepted')}</th>
                </tr>
              </thead>
              <tbody>
                {others.map((m) => {
                  const accepted = m.rungs.find((r) => r.rung === 'accepted');
                  return (
                    <tr key={m.messageId}>
                      <th scope="row">{formatInstant(locale, m.at)}</th>
                      <td>
                        {m.direction === 'out'
                          ? t('ladder.sent', { peer: m.peer })
                          : t('ladder.received', { peer: m.peer })}
                      </td>
                      <td>
                        <code>{m.type}</code>
                      </td>
                      <td>
                        {accepted ? (
                          <>
                            {t('ladder.signedBy', { node: accepted.signedBy })} ·{' '}
                            <span className="fingerprint">
                              {t('ladder.key', { fingerprint: accepted.keyFingerprint })}
                            </span>
                          </>
                        ) : (
                          <span className="muted">{t('ladder.awaited')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </DisclosurePanel>
        </Disclosure>
      )}
    </>
  );
}
