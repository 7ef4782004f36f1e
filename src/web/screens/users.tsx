/**
 * The people who may use this node: who they are, what they may do, and the state of their
 * account (disabled, locked, waiting for a first password, second factor); and opening an
 * account, whose one-time password is shown once.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { api, call } from '../api/client';
import { useOwnAuthorities, useUsers } from '../api/queries';
import type { UserView } from '../api/types';
import { Field } from '../components/fields';
import { useTitle } from '../components/hooks';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { AccountState } from '../components/users/account-state';
import { ShownOnce } from '../components/shown-once';
import { NO_AUTHORITY, type UserDraft, UserFields, userBody } from '../components/users/user-fields';
import { type Translate, useLocale, useT } from '../i18n/i18n';
import { term } from '../i18n/terms';
import { formatList } from '../lib/format';

export default function Users() {
  const t = useT();
  const locale = useLocale();
  useTitle(t('users.title'), t('shell.brand'));
  const users = useUsers();
  const authorities = useOwnAuthorities();
  const authorityName = new Map((authorities.data ?? []).map((a) => [a.id, a.name]));
  return (
    <section aria-labelledby="users-title">
      <div className="page-head">
        <h1 id="users-title">{t('users.title')}</h1>
      </div>
      <ProblemNote error={users.error} />
      {users.data && (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('users.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.person')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.authority')}</th>
                <th scope="col">{t('users.account')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <tr key={u.id} className={u.disabled ? 'past' : undefined}>
                  <th scope="row">
                    <Link href={`/admin/users/${u.id}`}>{u.displayName}</Link>
                    <div className="muted small" dir="ltr">
                      {u.username}
                    </div>
                  </th>
                  <td>{rolesOf(t, locale, u)}</td>
                  <td>{u.authorityId ? (authorityName.get(u.authorityId) ?? u.authorityId) : '—'}</td>
                  <td>
                    <AccountState user={u} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Section id="new-user" title={t('users.new')}>
        <NewUser />
      </Section>
    </section>
  );
}

function rolesOf(t: Translate, locale: string, user: UserView): string {
  return formatList(
    locale,
    user.roles.map((r) => term(t, 'role', r)),
  );
}

const EMPTY: UserDraft = { displayName: '', email: '', roles: [], authorityId: NO_AUTHORITY };

function NewUser() {
  const t = useT();
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [draft, setDraft] = useState<UserDraft>(EMPTY);
  const [missing, setMissing] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      call(api.POST('/api/users', { body: { username: username.trim(), ...userBody(draft) } })),
    onSuccess: async () => {
      setUsername('');
      setDraft(EMPTY);
      await client.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = !username.trim() || draft.roles.length === 0;
    setMissing(incomplete);
    if (!incomplete) create.mutate();
  };
  return (
    <>
      {create.data?.oneTimePassword && (
        <ShownOnce
          title={t('users.otpTitle', { name: create.data.user.displayName })}
          secret={create.data.oneTimePassword}
          help={t('users.otpHelp')}
        />
      )}
      <Form onSubmit={submit} className="form" aria-label={t('users.new')}>
        <Field
          name="username"
          label={t('users.username')}
          description={t('users.usernameHelp')}
          value={username}
          onChange={setUsername}
          required
          missing={missing && !username.trim()}
          autoComplete="off"
          problem={create.error}
        />
        <UserFields
          draft={draft}
          onChange={setDraft}
          problem={create.error}
          missingRoles={missing && draft.roles.length === 0}
        />
        <ProblemNote error={create.error} />
        <Button type="submit" className="primary" isDisabled={create.isPending}>
          {t('users.create')}
        </Button>
      </Form>
    </>
  );
}
