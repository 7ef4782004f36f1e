/**
 * One's own account: who the node knows one as, the password, the second factor and the
 * personal API tokens. Reached from one's name in the bar.
 */
import { useState } from 'react';
import { ApiTokens } from '../components/account/api-tokens';
import { SecondFactor } from '../components/account/second-factor';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { PasswordForm } from '../components/password-form';
import { Section } from '../components/section';
import { useLocale, useT } from '../i18n/i18n';
import { term } from '../i18n/terms';
import { formatList } from '../lib/format';

export default function Account() {
  const t = useT();
  const locale = useLocale();
  const { user, can } = useMe();
  const [changed, setChanged] = useState(false);
  useTitle(t('account.title'), t('shell.brand'));
  return (
    <section aria-labelledby="account-title">
      <div className="page-head">
        <div>
          <h1 id="account-title">{t('account.title')}</h1>
          <p className="facts">
            <span>{user.displayName}</span>
            <span dir="ltr">{user.username}</span>
            <span>
              {formatList(
                locale,
                user.roles.map((r) => term(t, 'role', r)),
              )}
            </span>
          </p>
        </div>
      </div>
      <Section id="account-password" title={t('account.password')}>
        {changed && (
          <p className="done" role="status">
            {t('account.passwordChanged')}
          </p>
        )}
        <PasswordForm onChanged={() => setChanged(true)} label={t('account.password')} />
      </Section>
      <Section id="account-factor" title={t('account.factor')}>
        <SecondFactor />
      </Section>
      {can('self.tokens') && (
        <Section id="account-tokens" title={t('tokens.title')}>
          <ApiTokens />
        </Section>
      )}
    </section>
  );
}
