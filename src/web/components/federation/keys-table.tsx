/**
 * A party's keys: each named by its fingerprint (the RFC 7638 thumbprint, which is its id),
 * what it is for, when it is valid, and whether it is in use or kept only to check old signatures.
 */
import type { Get } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { formatInstant } from '../../lib/format';

type KeyRecord = Get<'/api/federation/node'>['keys'][number];

export function KeysTable({ keys, caption }: { keys: readonly KeyRecord[]; caption: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('federation.kid')}</th>
            <th scope="col">{t('federation.use')}</th>
            <th scope="col">{t('federation.validFrom')}</th>
            <th scope="col">{t('federation.validUntil')}</th>
            <th scope="col">{t('federation.keyStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={`${k.use}-${k.kid}`} className={k.status === 'active' ? undefined : 'past'}>
              <th scope="row">
                <code className="fingerprint" dir="ltr">
                  {k.kid}
                </code>
              </th>
              <td>{term(t, 'keyUse', k.use)}</td>
              <td>{formatInstant(locale, k.notBefore)}</td>
              <td>{k.notAfter ? formatInstant(locale, k.notAfter) : '—'}</td>
              <td>{term(t, 'keyStatus', k.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
