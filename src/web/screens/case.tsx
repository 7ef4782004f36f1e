/**
 * One case: what it is about, who may see it (members and their case roles — need to know),
 * who read it and on which basis (the access log, for the data-protection officer and the
 * auditor), its evidence with upload and download, and its requests.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { api, call } from '../api/client';
import type { CaseView, Person } from '../api/types';
import { useCaseEvidence, usePeople } from '../api/queries';
import { allRequests } from '../api/requests';
import { EvidenceUpload } from '../components/evidence-upload';
import { Choice } from '../components/fields';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { useLocale, useT } from '../i18n/i18n';
import { term } from '../i18n/terms';
import { writeFilters } from '../lib/audit-filters';
import { formatBytes, formatInstant } from '../lib/format';

export default function CasePage({ id }: { id: string }) {
  const t = useT();
  const { can, user } = useMe();
  const kase = useQuery({
    queryKey: ['case', id],
    queryFn: () => call(api.GET('/api/cases/{id}', { params: { path: { id } } })),
  });
  const people = usePeople(user.authorityId);
  useTitle(kase.data?.title ?? t('case.title'), t('shell.brand'));
  if (kase.error) return <ProblemNote error={kase.error} />;
  if (!kase.data) return <p>{t('shell.loading')}</p>;
  const c = kase.data;
  const nameOf = (userId: string) => people.find((p) => p.id === userId)?.displayName ?? userId;
  return (
    <article aria-labelledby="case-title">
      <div className="page-head">
        <div>
          <p className="crumbs">
            <Link href="/cases">{t('nav.cases')}</Link> / {c.reference}
          </p>
          <h1 id="case-title" className="prose">
            {c.title}
          </h1>
          <p className="facts">
            <span>{c.status === 'open' ? t('cases.open') : t('cases.closed')}</span>
            {c.personalData && <span className="tag">{t('case.personalData')}</span>}
            {can('audit.read') && (
              <Link
                href={`/audit?${writeFilters({ order: 'oldest', subjectType: 'case', subjectId: c.id })}`}
              >
                {t('audit.trailLink')}
              </Link>
            )}
          </p>
        </div>
        {can('requests.draft') && c.status === 'open' && (
          <Link className="button primary" href={`/cases/${c.id}/compose`}>
            {t('case.compose')}
          </Link>
        )}
      </div>
      {c.summary && <p className="prose summary">{c.summary}</p>}
      <Section id="requests" title={t('case.requests')}>
        <CaseRequests caseId={c.id} />
      </Section>
      <Section id="evidence" title={t('case.evidence')}>
        <CaseEvidence caseId={c.id} nameOf={nameOf} />
        {can('evidence.write') && c.status === 'open' && <EvidenceUpload caseId={c.id} />}
      </Section>
      <Section id="members" title={t('case.members')}>
        <Members kase={c} people={people} nameOf={nameOf} />
      </Section>
      {can('cases.access_log') && (
        <Section id="access-log" title={t('case.accessLog')}>
          <AccessLog caseId={c.id} nameOf={nameOf} />
        </Section>
      )}
    </article>
  );
}

function CaseRequests({ caseId }: { caseId: string }) {
  const t = useT();
  const locale = useLocale();
  const requests = useQuery({ queryKey: ['requests'], queryFn: allRequests });
  const mine = (requests.data ?? []).filter((r) => r.caseId === caseId);
  if (requests.error) return <ProblemNote error={requests.error} />;
  if (mine.length === 0) return <p className="empty">{t('case.noRequests')}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t('case.requests')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('desk.col.request')}</th>
          <th scope="col">{t('case.to')}</th>
          <th scope="col">{t('desk.col.status')}</th>
          <th scope="col">{t('cases.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {mine.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link href={`/requests/${r.id}`}>{term(t, 'instrument', r.state.instrument)}</Link>
              <span className="muted"> · {r.state.regime}</span>
            </th>
            <td>{r.side === 'requesting' ? r.state.requestedState : r.state.requestingState}</td>
            <td>{term(t, 'status', r.state.status)}</td>
            <td>{formatInstant(locale, r.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CaseEvidence({ caseId, nameOf }: { caseId: string; nameOf(id: string): string }) {
  const t = useT();
  const locale = useLocale();
  const evidence = useCaseEvidence(caseId);
  if (evidence.error) return <ProblemNote error={evidence.error} />;
  if (!evidence.data || evidence.data.length === 0) return <p className="empty">{t('case.noEvidence')}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t('case.evidence')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('evidence.file')}</th>
          <th scope="col">{t('evidence.size')}</th>
          <th scope="col">{t('evidence.sha256')}</th>
          <th scope="col">{t('evidence.filed')}</th>
        </tr>
      </thead>
      <tbody>
        {evidence.data.map((e) => (
          <tr key={e.id}>
            <th scope="row">
              <a href={`/api/evidence/${e.id}/content`} download={e.filename}>
                {e.filename}
              </a>
              {e.requestId && (
                <>
                  {' · '}
                  <Link href={`/requests/${e.requestId}`}>
                    {t('evidence.request', { item: e.itemId ?? '—' })}
                  </Link>
                </>
              )}
            </th>
            <td>{formatBytes(locale, e.size)}</td>
            <td>
              <code className="hash">{e.sha256}</code>
            </td>
            <td>
              {formatInstant(locale, e.createdAt)} · {nameOf(e.createdBy)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Members({ kase, people, nameOf }: { kase: CaseView; people: Person[]; nameOf(id: string): string }) {
  const t = useT();
  const locale = useLocale();
  const { can } = useMe();
  const client = useQueryClient();
  const [userId, setUserId] = useState<string | null>(null);
  const [role, setRole] = useState<'lead' | 'member'>('member');
  const refresh = () => client.invalidateQueries({ queryKey: ['case', kase.id] });
  const add = useMutation({
    mutationFn: () =>
      call(
        api.PUT('/api/cases/{id}/members', {
          params: { path: { id: kase.id } },
          body: { userId: userId ?? '', caseRole: role },
        }),
      ),
    onSuccess: async () => {
      setUserId(null);
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (member: string) =>
      call(
        api.DELETE('/api/cases/{id}/members/{userId}', { params: { path: { id: kase.id, userId: member } } }),
      ),
    onSuccess: refresh,
  });
  const present = new Set(kase.members.map((m) => m.userId));
  const manage = can('cases.members');
  return (
    <>
      <p className="muted">{t('case.needToKnow')}</p>
      <table className="table">
        <caption className="visually-hidden">{t('case.members')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('case.person')}</th>
            <th scope="col">{t('case.caseRole')}</th>
            <th scope="col">{t('case.since')}</th>
            {manage && <th scope="col">{t('desk.col.action')}</th>}
          </tr>
        </thead>
        <tbody>
          {kase.members.map((m) => (
            <tr key={m.userId}>
              <th scope="row">{nameOf(m.userId)}</th>
              <td>{m.caseRole === 'lead' ? t('case.lead') : t('case.member')}</td>
              <td>{formatInstant(locale, m.addedAt)}</td>
              {manage && (
                <td>
                  <Button
                    className="link-button"
                    onPress={() => remove.mutate(m.userId)}
                    isDisabled={remove.isPending}
                  >
                    {t('case.remove', { name: nameOf(m.userId) })}
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <ProblemNote error={remove.error} />
      {manage && (
        <Form
          className="form inline"
          aria-label={t('case.addMember')}
          onSubmit={(e) => {
            e.preventDefault();
            if (userId) add.mutate();
          }}
        >
          <Choice
            name="userId"
            label={t('case.person')}
            options={people
              .filter((p) => !present.has(p.id))
              .map((p) => ({ id: p.id, label: p.displayName }))}
            value={userId}
            onChange={setUserId}
            problem={add.error}
          />
          <Choice
            name="caseRole"
            label={t('case.caseRole')}
            options={[
              { id: 'member', label: t('case.member') },
              { id: 'lead', label: t('case.lead') },
            ]}
            value={role}
            onChange={(v) => setRole(v as 'lead' | 'member')}
          />
          <ProblemNote error={add.error} />
          <Button type="submit" className="secondary" isDisabled={!userId || add.isPending}>
            {t('case.addMember')}
          </Button>
        </Form>
      )}
    </>
  );
}

function AccessLog({ caseId, nameOf }: { caseId: string; nameOf(id: string): string }) {
  const t = useT();
  const locale = useLocale();
  const log = useQuery({
    queryKey: ['case', caseId, 'access-log'],
    queryFn: () => call(api.GET('/api/cases/{id}/access-log', { params: { path: { id: caseId } } })),
  });
  if (log.error) return <ProblemNote error={log.error} />;
  if (!log.data || log.data.length === 0) return <p className="empty">{t('case.noAccess')}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t('case.accessLog')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('access.when')}</th>
          <th scope="col">{t('access.who')}</th>
          <th scope="col">{t('access.basis')}</th>
        </tr>
      </thead>
      <tbody>
        {log.data.map((entry, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the access log is append-only; a position never changes
          <tr key={`${entry.at}-${i}`}>
            <th scope="row">{formatInstant(locale, entry.at)}</th>
            <td>{entry.actorType === 'user' ? nameOf(entry.actorId) : entry.actorId}</td>
            <td className="prose">
              {Object.entries(entry.details)
                .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
                .join(' · ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
