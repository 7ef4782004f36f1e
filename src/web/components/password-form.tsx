/**
 * Choosing a new password: the present one, the new one twice (a difference is said before
 * anything is sent), the node's rules at the field. Used on the first sign-in and in one's account.
 */
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../api/client';
import { useT } from '../i18n/i18n';
import { Field } from './fields';
import { ProblemNote } from './problem';

export function PasswordForm({ onChanged, label }: { onChanged(): void; label: string }) {
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
      setCurrent('');
      setNext('');
      setAgain('');
      onChanged();
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <Form onSubmit={(e) => void submit(e)} className="form narrow" aria-label={label}>
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
  );
}
