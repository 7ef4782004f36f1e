/**
 * One State of the register: its facts (changed by administrators), its authorities — the 24/7
 * point of contact, the central authority and others — each with its time zone, languages and
 * contacts (who to call at 03:00, in their own local time), adding and removing both (removal
 * asked first), and, for this node's own authorities, the on-call roster.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { api, call } from '../api/client';
import { useNode } from '../api/queries';
import type { Get } from '../api/types';
import { ConfirmButton } from '../components/confirm-button';
import { Choice, Field, Tick } from '../components/fields';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { LanguagesField, NodeUrlField, TimeZoneField } from '../components/register/fields';
import { Roster } from '../components/roster';
import { Section } from '../components/section';
import { useLocale, useT } from '../i18n/i18n';
import { term } from '../i18n/terms';
import { formatList, formatLocalTime, splitList } from '../lib/format';

type StateView = Get<'/api/register/states/{code}'>;
type Authority = StateView['authorities'][number];
type Contact = Authority['contacts'][number];
const AUTHORITY_TYPES = ['poc_24_7', 'central_authority', 'competent_authority', 'cert'] as const;

export default function RegisterState({ code }: { code: string }) {
  const t = useT();
  const locale = useLocale();
  const { can } = useMe();
  const node = useNode();
  const state = useQuery({
    queryKey: ['register', 'state', code],
    queryFn: () => call(api.GET('/api/register/states/{code}', { params: { path: { code } } })),
  });
  useTitle(state.data?.name ?? t('register.title'), t('shell.brand'));
  if (state.error) return <ProblemNote error={state.error} />;
  if (!state.data) return <p>{t('shell.loading')}</p>;
  const s = state.data;
  const ours = node.data?.identity?.stateCode === s.code;
  return (
    <article aria-labelledby="state-title">
      <div className="page-head">
        <div>
          <p className="crumbs">
            <Link href="/register">{t('register.title')}</Link> / <code>{s.code}</code>
          </p>
          <h1 id="state-title">{s.name}</h1>
        </div>
      </div>
      <dl className="facts-list">
        <dt>{t('register.nodeUrl')}</dt>
        <dd dir="ltr">{s.nodeUrl ? <code>{s.nodeUrl}</code> : '—'}</dd>
        <dt>{t('register.languages')}</dt>
        <dd>{s.languages.length > 0 ? formatList(locale, s.languages) : '—'}</dd>
        <dt>{t('register.regimes')}</dt>
        <dd>{s.regimes.length > 0 ? formatList(locale, s.regimes) : '—'}</dd>
      </dl>
      {can('register.write') && (
        <Section id="edit-state" title={t('register.editState')}>
          <EditState state={s} />
        </Section>
      )}
      <Section id="authorities" title={t('register.authorities')}>
        {s.authorities.length === 0 && <p className="empty">{t('register.noAuthorities')}</p>}
        <ul className="peer-list">
          {s.authorities.map((a) => (
            <li key={a.id}>
              <AuthorityCard authority={a} ours={ours} stateCode={s.code} />
            </li>
          ))}
        </ul>
        {can('register.write') && <NewAuthority stateCode={s.code} />}
      </Section>
    </article>
  );
}

function EditState({ state }: { state: StateView }) {
  const t = useT();
  const client = useQueryClient();
  const [name, setName] = useState(state.name);
  const [nodeUrl, setNodeUrl] = useState(state.nodeUrl ?? '');
  const [languages, setLanguages] = useState(state.languages.join(', '));
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/register/states/{code}', {
          params: { path: { code: state.code } },
          body: { name: name.trim(), nodeUrl: nodeUrl.trim() || null, languages: splitList(languages) },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['register'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Form onSubmit={submit} className="form" aria-label={t('register.editState')}>
      <Field
        name="name"
        label={t('register.name')}
        value={name}
        onChange={setName}
        required
        problem={save.error}
      />
      <NodeUrlField value={nodeUrl} onChange={setNodeUrl} problem={save.error} />
      <LanguagesField value={languages} onChange={setLanguages} problem={save.error} />
      <ProblemNote error={save.error} />
      {save.isSuccess && (
        <p role="status" className="done">
          {t('register.saved')}
        </p>
      )}
      <Button type="submit" className="primary" isDisabled={save.isPending}>
        {t('register.save')}
      </Button>
    </Form>
  );
}

function AuthorityCard({
  authority: a,
  ours,
  stateCode,
}: {
  authority: Authority;
  ours: boolean;
  stateCode: string;
}) {
  const t = useT();
  const locale = useLocale();
  const { can } = useMe();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => call(api.DELETE('/api/register/authorities/{id}', { params: { path: { id: a.id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['register', 'state', stateCode] }),
  });
  const now = new Date();
  return (
    <article className="peer" aria-labelledby={`authority-${a.id}`}>
      <h3 id={`authority-${a.id}`}>
        {a.name} <span className="status-pill">{term(t, 'authorityType', a.type)}</span>
      </h3>
      <dl className="facts-list">
        <dt>{t('register.timezone')}</dt>
        <dd>
          <span dir="ltr">{a.timezone}</span> —{' '}
          {t('register.localNow', { time: formatLocalTime(locale, now, a.timezone) })}
        </dd>
        <dt>{t('register.languages')}</dt>
        <dd>{a.languages.length > 0 ? formatList(locale, a.languages) : '—'}</dd>
      </dl>
      <h4>{t('register.contacts')}</h4>
      {a.contacts.length === 0 ? (
        <p className="empty">{t('register.noContacts')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('register.contactsOf', { authority: a.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('register.contactName')}</th>
              <th scope="col">{t('register.role')}</th>
              <th scope="col">{t('register.reach')}</th>
              <th scope="col">{t('register.theirTime')}</th>
              {can('register.write') && <th scope="col">{t('objects.action')}</th>}
            </tr>
          </thead>
          <tbody>
            {a.contacts.map((c) => (
              <ContactRow key={c.id} contact={c} stateCode={stateCode} now={now} />
            ))}
          </tbody>
        </table>
      )}
      {can('register.write') && <NewContact authority={a} stateCode={stateCode} />}
      {ours && (
        <>
          <h4>{t('register.roster')}</h4>
          <Roster authorityId={a.id} />
        </>
      )}
      {can('register.write') && (
        <>
          <ProblemNote error={remove.error} />
          <ConfirmButton
            label={t('register.removeAuthority', { name: a.name })}
            consequence={t('register.removeAuthorityConsequence')}
            busy={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </>
      )}
    </article>
  );
}

function ContactRow({ contact: c, stateCode, now }: { contact: Contact; stateCode: string; now: Date }) {
  const t = useT();
  const locale = useLocale();
  const { can } = useMe();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => call(api.DELETE('/api/register/contacts/{id}', { params: { path: { id: c.id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['register', 'state', stateCode] }),
  });
  return (
    <tr>
      <th scope="row">
        {c.name}
        {c.available24x7 && <span className="tag ok">{t('register.available24x7')}</span>}
      </th>
      <td>{c.role}</td>
      <td dir="ltr">
        {c.email && (
          <a href={`mailto:${c.email}`}>
            <code>{c.email}</code>
          </a>
        )}
        {c.email && c.phone && <br />}
        {c.phone && (
          <a href={`tel:${c.phone.replace(/[^+0-9]/g, '')}`}>
            <code>{c.phone}</code>
          </a>
        )}
      </td>
      <td>{c.timezone ? `${formatLocalTime(locale, now, c.timezone)} (${c.timezone})` : '—'}</td>
      {can('register.write') && (
        <td>
          <ProblemNote error={remove.error} />
          <ConfirmButton
            label={t('register.removeContact', { name: c.name })}
            consequence={t('register.removeContactConsequence')}
            busy={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </td>
      )}
    </tr>
  );
}

function NewContact({ authority, stateCode }: { authority: Authority; stateCode: string }) {
  const t = useT();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [timezone, setTimezone] = useState(authority.timezone);
  const [always, setAlways] = useState(false);
  const [missing, setMissing] = useState(false);
  const add = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/register/authorities/{id}/contacts', {
          params: { path: { id: authority.id } },
          body: {
            name: name.trim(),
            role: role.trim(),
            ...(email.trim() ? { email: email.trim() } : {}),
            ...(phone.trim() ? { phone: phone.trim() } : {}),
            ...(timezone.trim() ? { timezone: timezone.trim() } : {}),
            available24x7: always,
          },
        }),
      ),
    onSuccess: async () => {
      setName('');
      setRole('');
      setEmail('');
      setPhone('');
      setAlways(false);
      await client.invalidateQueries({ queryKey: ['register', 'state', stateCode] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = !name.trim() || !role.trim();
    setMissing(incomplete);
    if (!incomplete) add.mutate();
  };
  return (
    <Form
      onSubmit={submit}
      className="form panel-inset"
      aria-label={t('register.addContactTo', { authority: authority.name })}
    >
      <h4>{t('register.addContact')}</h4>
      <div className="filter-grid">
        <Field
          name="name"
          label={t('register.contactName')}
          value={name}
          onChange={setName}
          required
          missing={missing && !name.trim()}
          problem={add.error}
        />
        <Field
          name="role"
          label={t('register.role')}
          value={role}
          onChange={setRole}
          required
          missing={missing && !role.trim()}
          problem={add.error}
        />
        <Field
          name="email"
          label={t('register.email')}
          value={email}
          onChange={setEmail}
          problem={add.error}
        />
        <Field
          name="phone"
          label={t('register.phone')}
          description={t('register.phoneHelp')}
          value={phone}
          onChange={setPhone}
          problem={add.error}
        />
        <TimeZoneField value={timezone} onChange={setTimezone} problem={add.error} />
      </div>
      <Tick label={t('register.available24x7')} checked={always} onChange={setAlways} />
      <ProblemNote error={add.error} />
      <Button type="submit" className="secondary" isDisabled={add.isPending}>
        {t('register.addContact')}
      </Button>
    </Form>
  );
}

function NewAuthority({ stateCode }: { stateCode: string }) {
  const t = useT();
  const client = useQueryClient();
  const [type, setType] = useState<string>('central_authority');
  const [name, setName] = useState('');
  const [timezone, setTimezone] = useState('');
  const [languages, setLanguages] = useState('');
  const [missing, setMissing] = useState(false);
  const add = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/register/states/{code}/authorities', {
          params: { path: { code: stateCode } },
          body: {
            type: type as (typeof AUTHORITY_TYPES)[number],
            name: name.trim(),
            timezone: timezone.trim(),
            languages: splitList(languages),
          },
        }),
      ),
    onSuccess: async () => {
      setName('');
      await client.invalidateQueries({ queryKey: ['register', 'state', stateCode] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = !name.trim() || !timezone.trim();
    setMissing(incomplete);
    if (!incomplete) add.mutate();
  };
  return (
    <Form onSubmit={submit} className="form" aria-label={t('register.addAuthority')}>
      <h3>{t('register.addAuthority')}</h3>
      <Choice
        name="type"
        label={t('register.authorityType')}
        value={type}
        onChange={setType}
        required
        options={AUTHORITY_TYPES.map((a) => ({ id: a, label: term(t, 'authorityType', a) }))}
        problem={add.error}
      />
      <Field
        name="name"
        label={t('register.authorityName')}
        value={name}
        onChange={setName}
        required
        missing={missing && !name.trim()}
        problem={add.error}
      />
      <TimeZoneField
        value={timezone}
        onChange={setTimezone}
        required
        missing={missing && !timezone.trim()}
        problem={add.error}
      />
      <LanguagesField value={languages} onChange={setLanguages} problem={add.error} />
      <ProblemNote error={add.error} />
      <Button type="submit" className="primary" isDisabled={add.isPending}>
        {t('register.addAuthority')}
      </Button>
    </Form>
  );
}
