/**
 * Sign-in: username and password, then the second-factor code when the account has one. Also
 * shown over the current screen when a session expires, so what was typed there stays.
 */
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ApiProblem, api, call } from '../api/client';
import { Field } from '../components/fields';
import { LanguagePicker } from '../components/language-picker';
import { ProblemNote } from '../components/problem';
import { useT } from '../i18n/i18n';

export function SignIn({
  onSignedIn,
  embedded = false,
}: {
  onSignedIn(csrfToken: string): void;
  embedded?: boolean;
}) {
  const t = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const answer = await call(
        api.POST('/api/auth/login', { body: { username, password, ...(needsTotp ? { totp } : {}) } }),
        { login: true },
      );
      onSignedIn(answer.csrfToken);
    } catch (error) {
      if (error instanceof ApiProblem && error.code === 'totp_required') setNeedsTotp(true);
      else setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const form = (
    <Form onSubmit={(e) => void submit(e)} className="form narrow" aria-label={t('signIn.title')}>
      <Field
        name="username"
        label={t('signIn.username')}
        value={username}
        onChange={setUsername}
        required
        autoComplete="username"
        problem={problem}
      />
      <Field
        name="password"
        label={t('signIn.password')}
        value={password}
        onChange={setPassword}
        required
        type="password"
        autoComplete="current-password"
        problem={problem}
      />
      {needsTotp && (
        <Field
          name="totp"
          label={t('signIn.totp')}
          description={t('signIn.totpHelp')}
          value={totp}
          onChange={setTotp}
          required
          autoComplete="one-time-code"
          problem={problem}
        />
      )}
      <ProblemNote error={problem} />
      <Button type="submit" className="primary" isDisabled={busy}>
        {busy ? t('signIn.signingIn') : t('signIn.submit')}
      </Button>
    </Form>
  );
  if (embedded) return form;
  return (
    <main id="main" className="sign-in">
      <div className="sign-in-top">
        <span className="brand">{t('shell.brand')}</span>
        <LanguagePicker />
      </div>
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      {form}
    </main>
  );
}
