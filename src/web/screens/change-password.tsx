/** The first sign-in with a one-time password: a new password must be chosen before anything else. */
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../api/client';
import { Field } from '../components/fields';
import { ProblemNote } from '../components/problem';
import { useT } from '../i18n/i18n';

export function ChangePassword({ onChanged }: { onChanged(): void }) {
  const t = useT();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const mismatch = again !== '' && again !== newPassword;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    setProblem(null);
    try {
      await call(api.POST('/api/auth/password', { body: { currentPassword, newPassword } }));
      onChanged();
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <main id="main" className="sign-in">
      <h1>{t('password.title')}</h1>
      <p>{t('password.intro')}</p>
      <Form onSubmit={(e) => void submit(e)} className="form narrow">
        <Field
          name="currentPassword"
          label={t('password.current')}
          value={currentPassword}
          onChange={setCurrent}
          type="password"
          required
          autoComplete="current-password"
          problem={problem}
        />
        <Field
          name="newPassword"
          label={t('password.new')}
          description={t('password.rules')}
          value={newPassword}
          onChange={setNext}
          type="password"
          required
          autoComplete="new-password"
          problem={problem}
        />
        <Field
          name="again"
          label={t('password.again')}
          value={again}
          onChange={setAgain}
          type="password"
          required
          autoComplete="new-password"
          {...(mismatch ? { message: t('password.mismatch') } : {})}
        />
        <ProblemNote error={problem} />
        <Button type="submit" className="primary">
          {t('password.submit')}
        </Button>
      </Form>
    </main>
  );
}
