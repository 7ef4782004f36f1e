/** The state of an account in words: disabled, locked, waiting for a first password, second factor. */
import type { UserView } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { formatInstant } from '../../lib/format';

export function AccountState({ user }: { user: UserView }) {
  const t = useT();
  const locale = useLocale();
  const locked = user.lockedUntil !== null && Date.parse(user.lockedUntil) > Date.now();
  return (
    <ul className="plain-list">
      {user.disabled ? <li className="tag">{t('users.disabled')}</li> : <li>{t('users.active')}</li>}
      {locked && (
        <li className="tag">{t('users.lockedUntil', { time: formatInstant(locale, user.lockedUntil!) })}</li>
      )}
      {user.mustChangePassword && <li>{t('users.mustChange')}</li>}
      <li>{user.totpEnabled ? t('users.totpOn') : t('users.totpOff')}</li>
    </ul>
  );
}
