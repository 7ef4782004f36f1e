/**
 * One person's account, for an administrator: change what they may do and which authority they
 * belong to; disable or enable the account; issue a one-time password (which also unlocks it);
 * clear a lost second factor. Acts that end the person's sessions are confirmed first.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { api, call } from '../api/client';
import type { UserView } from '../api/types';
import { ConfirmButton } from '../components/confirm-button';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { AccountState } from '../components/users/account-state';
import { ShownOnce } from '../components/shown-once';
import { NO_AUTHORITY, type UserDraft, UserFields, userBody } from '../components/users/user-fields';
import { useT } from '../i18n/i18n';
import { writeFilters } from '../lib/audit-filters';

export default function UserPage({ id }: { id: string }) {
  const t = useT();
  const { can } = useMe();
  const path = { params: { path: { id } } };
  const user = useQuery({ queryKey: ['users', id], queryFn: () => call(api.GET('/api/users/{id}', path)) });
  useTitle(user.data?.displayName ?? t('users.title'), t('shell.brand'));
  if (user.error) return <ProblemNote error={user.error} />;
  if (!user.data) return <p>{t('shell.loading')}</p>;
  const u = user.data;
  return (
    <article aria-labelledby="user-title">
      <div className="page-head">
        <div>
          <p className="crumbs">
            <Link href="/admin/users">{t('users.title')}</Link>
          </p>
          <h1 id="user-title">{u.displayName}</h1>
          <p className="facts">
            <span dir="ltr">{u.username}</span>
            {can('audit.read') && (
              <Link
                href={`/audit?${writeFilters({ order: 'newest', subjectType: 'user', subjectId: u.id })}`}
              >
                {t('audit.trailLink')}
              </Link>
            )}
          </p>
        </div>
      </div>
      <Section id="user-edit" title={t('users.edit')}>
        {/* A fresh form when the account changes elsewhere (a reset, a second administrator). */}
        <EditUser key={u.updatedAt} user={u} />
      </Section>
      <Section id="user-account" title={t('users.account')}>
        <AccountState user={u} />
        <AccountActions user={u} />
      </Section>
    </article>
  );
}

function EditUser({ user }: { user: UserView }) {
  const t = useT();
  const client = useQueryClient();
  const [draft, setDraft] = useState<UserDraft>({
    displayName: user.displayName,
    email: user.email ?? '',
    roles: [...user.roles],
    authorityId: user.authorityId ?? NO_AUTHORITY,
  });
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      call(api.PATCH('/api/users/{id}', { params: { path: { id: user.id } }, body: userBody(draft) })),
    onSuccess: (saved) => {
      client.setQueryData(['users', user.id], saved);
      void client.invalidateQueries({ queryKey: ['users'], exact: true });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(draft.roles.length === 0);
    if (draft.roles.length > 0) save.mutate();
  };
  return (
    <Form onSubmit={submit} className="form" aria-label={t('users.edit')}>
      <UserFields draft={draft} onChange={setDraft} problem={save.error} missingRoles={missing} />
      <ProblemNote error={save.error} />
      <Button type="submit" className="primary" isDisabled={save.isPending}>
        {t('users.save')}
      </Button>
    </Form>
  );
}

function AccountActions({ user }: { user: UserView }) {
  const t = useT();
  const client = useQueryClient();
  const path = { params: { path: { id: user.id } } };
  const settle = (saved: UserView) => {
    client.setQueryData(['users', user.id], saved);
    void client.invalidateQueries({ queryKey: ['users'], exact: true });
  };
  const toggle = useMutation({
    mutationFn: () => call(api.PATCH('/api/users/{id}', { ...path, body: { disabled: !user.disabled } })),
    onSuccess: settle,
  });
  const reset = useMutation({
    mutationFn: () => call(api.POST('/api/users/{id}/reset-password', path)),
    onSuccess: (answer) => settle(answer.user),
  });
  const clearFactor = useMutation({
    mutationFn: () => call(api.POST('/api/users/{id}/reset-second-factor', path)),
    onSuccess: settle,
  });
  return (
    <div className="account-actions">
      {reset.data && (
        <ShownOnce
          title={t('users.otpTitle', { name: user.displayName })}
          secret={reset.data.oneTimePassword}
          help={t('users.otpHelp')}
        />
      )}
      <ProblemNote error={toggle.error ?? reset.error ?? clearFactor.error} />
      <div className="button-row">
        {user.disabled ? (
          <Button className="secondary" onPress={() => toggle.mutate()} isDisabled={toggle.isPending}>
            {t('users.enable')}
          </Button>
        ) : (
          <ConfirmButton
            danger
            label={t('users.disable')}
            consequence={t('users.disableConsequence', { name: user.displayName })}
            busy={toggle.isPending}
            onConfirm={() => toggle.mutate()}
          />
        )}
        <ConfirmButton
          label={t('users.resetPassword')}
          consequence={t('users.resetPasswordConsequence', { name: user.displayName })}
          busy={reset.isPending}
          onConfirm={() => reset.mutate()}
        />
        {user.totpEnabled && (
          <ConfirmButton
            label={t('users.resetFactor')}
            consequence={t('users.resetFactorConsequence', { name: user.displayName })}
            busy={clearFactor.isPending}
            onConfirm={() => clearFactor.mutate()}
          />
        )}
      </div>
    </div>
  );
}
