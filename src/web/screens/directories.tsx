/**
 * Directories of nodes: the directories this node trusts (or operates), whether each copy
 * verified, the States each lists with what this node made of them, the alerts an
 * administrator must look at (a split view, a refused copy, a key that contradicts one
 * confirmed by hand), and adding a directory by its key's fingerprint.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../api/client';
import { Field } from '../components/fields';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { useLocale, useT } from '../i18n/i18n';
import { formatInstant } from '../lib/format';

const DIRECTORIES = ['federation', 'directories'];
const STATUS = {
  ok: 'directory.status.ok',
  failing: 'directory.status.failing',
  split_view: 'directory.status.split_view',
} as const;
const ALERT = {
  split_view: 'directory.alert.split_view',
  refused: 'directory.alert.refused',
  conflict: 'directory.alert.conflict',
} as const;
const TRUST = {
  listed: 'directory.trust.listed',
  via_directory: 'directory.trust.via_directory',
  by_hand: 'directory.trust.by_hand',
  other_directory: 'directory.trust.other_directory',
  conflict: 'directory.trust.conflict',
  revoked: 'directory.trust.revoked',
  self: 'directory.trust.self',
  not_trusted: 'directory.trust.not_trusted',
} as const;
type Summary = { id: string; name: string; role: 'trusted' | 'operated' };
const fetchDirectories = () => call(api.GET('/api/directories'));
type Listing = Awaited<ReturnType<typeof fetchDirectories>>['directories'];

export default function Directories() {
  const t = useT();
  const { can } = useMe();
  useTitle(t('directory.title'), t('shell.brand'));
  const list = useQuery({
    queryKey: DIRECTORIES,
    queryFn: fetchDirectories,
    refetchInterval: 30_000,
  });
  return (
    <section aria-labelledby="directory-title">
      <div className="page-head">
        <div>
          <h1 id="directory-title">{t('directory.title')}</h1>
          <p className="muted">{t('directory.intro')}</p>
        </div>
      </div>
      <Section id="directory-list" title={t('directory.list')}>
        {list.error ? (
          <ProblemNote error={list.error} />
        ) : !list.data ? (
          <p>{t('shell.loading')}</p>
        ) : list.data.directories.length === 0 ? (
          <p className="empty">{t('directory.none')}</p>
        ) : (
          <DirectoryTable directories={list.data.directories} manage={can('federation.manage')} />
        )}
      </Section>
      {list.data?.directories.map((d) => (
        <Section key={d.id} id={`directory-${d.id}`} title={t('directory.listed', { name: d.name })}>
          <Listed directory={d} manage={can('federation.manage')} />
        </Section>
      ))}
      {can('federation.manage') && (
        <Section id="directory-add" title={t('directory.add')}>
          <AddDirectory />
        </Section>
      )}
    </section>
  );
}

function DirectoryTable(props: { directories: Listing; manage: boolean }) {
  const t = useT();
  const locale = useLocale();
  const client = useQueryClient();
  const check = useMutation({
    mutationFn: (id: string) => call(api.POST('/api/directories/{id}/refresh', { params: { path: { id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: DIRECTORIES }),
  });
  return (
    <>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('directory.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('directory.name')}</th>
              <th scope="col">{t('directory.entries')}</th>
              <th scope="col">{t('directory.status')}</th>
              <th scope="col">{t('directory.verified')}</th>
              <th scope="col">{t('directory.keyFingerprint')}</th>
              {props.manage && <th scope="col">{t('directory.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {props.directories.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  {d.name}
                  <div className="muted small">
                    <code dir="ltr">{d.id}</code> ·{' '}
                    {t(d.role === 'trusted' ? 'directory.roleTrusted' : 'directory.roleOperated')}
                  </div>
                </th>
                <td>{d.size}</td>
                <td>
                  <span className={d.status === 'ok' ? 'badge' : 'badge danger'}>{t(STATUS[d.status])}</span>
                  {d.openAlerts > 0 && (
                    <div className="small">{t('directory.openAlerts', { count: d.openAlerts })}</div>
                  )}
                </td>
                <td>{d.verifiedAt ? formatInstant(locale, d.verifiedAt) : '—'}</td>
                <td>
                  <code className="small fingerprint" dir="ltr">
                    {d.fingerprint}
                  </code>
                </td>
                {props.manage && (
                  <td>
                    {d.role === 'trusted' && (
                      <Button
                        className="secondary"
                        isDisabled={check.isPending}
                        onPress={() => check.mutate(d.id)}
                      >
                        {t('directory.check', { name: d.name })}
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {check.isSuccess && (
        <p className={check.data.ok ? 'done' : 'problem'} role="status">
          {check.data.ok
            ? t('directory.checked', { size: check.data.size ?? 0, added: check.data.added?.length ?? 0 })
            : `${t('directory.refused')} ${check.data.reason ?? ''}: ${check.data.detail ?? ''}`}
        </p>
      )}
      <ProblemNote error={check.error} />
    </>
  );
}

function Listed({ directory, manage }: { directory: Summary; manage: boolean }) {
  const t = useT();
  const locale = useLocale();
  const client = useQueryClient();
  const detail = useQuery({
    queryKey: [...DIRECTORIES, directory.id],
    queryFn: () => call(api.GET('/api/directories/{id}', { params: { path: { id: directory.id } } })),
    refetchInterval: 30_000,
  });
  const resolve = useMutation({
    mutationFn: () =>
      call(api.POST('/api/directories/{id}/alerts/resolve', { params: { path: { id: directory.id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: DIRECTORIES }),
  });
  if (detail.error) return <ProblemNote error={detail.error} />;
  if (!detail.data) return <p>{t('shell.loading')}</p>;
  const open = detail.data.alerts.filter((a) => a.resolvedAt === null);
  return (
    <>
      {open.length > 0 && (
        <div className="alert-box" role="alert">
          <h3>{t('directory.alerts')}</h3>
          <ul>
            {open.map((a) => (
              <li key={a.id}>
                <strong>{t(ALERT[a.kind])}</strong> · {formatInstant(locale, a.raisedAt)}
                {a.source && (
                  <>
                    {' '}
                    · {t('directory.shownBy')} <code dir="ltr">{a.source}</code>
                  </>
                )}
                <div className="small" lang="en" dir="ltr">
                  {a.detail}
                </div>
              </li>
            ))}
          </ul>
          {manage && directory.role === 'trusted' && (
            <Button className="secondary" isDisabled={resolve.isPending} onPress={() => resolve.mutate()}>
              {t('directory.resolve', { name: directory.name })}
            </Button>
          )}
          <ProblemNote error={resolve.error} />
        </div>
      )}
      {detail.data.nodes.length === 0 ? (
        <p className="empty">{t('directory.noNodes')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('directory.listed', { name: directory.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('directory.state')}</th>
                <th scope="col">{t('directory.node')}</th>
                <th scope="col">{t('directory.trustHere')}</th>
                <th scope="col">{t('directory.entry')}</th>
                <th scope="col">{t('directory.nodeFingerprint')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.data.nodes.map((n) => (
                <tr key={n.nodeId}>
                  <th scope="row">{n.state}</th>
                  <td>
                    <code dir="ltr">{n.nodeId}</code>
                  </td>
                  <td>
                    <span className={n.trust === 'conflict' || n.revoked ? 'badge danger' : 'badge'}>
                      {t(TRUST[n.revoked ? 'revoked' : n.trust])}
                    </span>
                  </td>
                  <td>{n.index}</td>
                  <td>
                    <code className="small fingerprint" dir="ltr">
                      {n.fingerprint}
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function AddDirectory() {
  const t = useT();
  const client = useQueryClient();
  const [source, setSource] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [missing, setMissing] = useState(false);
  const add = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/directories', { body: { source: source.trim(), fingerprint: fingerprint.trim() } }),
      ),
    onSuccess: async () => {
      setSource('');
      setFingerprint('');
      await client.invalidateQueries({ queryKey: DIRECTORIES });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = !source.trim() || !fingerprint.trim();
    setMissing(incomplete);
    if (!incomplete) add.mutate();
  };
  return (
    <Form onSubmit={submit} className="form" aria-label={t('directory.add')}>
      <p>{t('directory.addHelp')}</p>
      {add.isSuccess && (
        <p className="done" role="status">
          {t('directory.added', { name: add.data.directory.name, count: add.data.nodes.length })}
        </p>
      )}
      <Field
        name="source"
        label={t('directory.source')}
        value={source}
        onChange={setSource}
        required
        missing={missing && !source.trim()}
        autoComplete="off"
        problem={add.error}
      />
      <Field
        name="fingerprint"
        label={t('directory.keyFingerprintRead')}
        value={fingerprint}
        onChange={setFingerprint}
        required
        missing={missing && !fingerprint.trim()}
        autoComplete="off"
        problem={add.error}
      />
      <ProblemNote error={add.error} />
      <Button type="submit" className="primary" isDisabled={add.isPending}>
        {t('directory.addButton')}
      </Button>
    </Form>
  );
}
