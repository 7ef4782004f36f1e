/** The first sign-in with a one-time password: a new password must be chosen before anything else. */
import { PasswordForm } from '../components/password-form';
import { useT } from '../i18n/i18n';

export function ChangePassword({ onChanged }: { onChanged(): void }) {
  const t = useT();
  return (
    <main id="main" className="sign-in">
      <h1>{t('password.title')}</h1>
      <p>{t('password.intro')}</p>
      <PasswordForm onChanged={onChanged} label={t('password.title')} />
    </main>
  );
}
