/**
 * Incidents the person may see (local and received, each under its own marking), searched by
 * words, status, TLP, affected State and sector; and opening a new one.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { useLocation } from 'wouter';
import { api, call } from '../api/client';
import type { Get } from '../api/types';
import { Choice, Field } from '../components/fields';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { TlpTag } from '../components/incident/tlp-tag';
import { useLocale, useT } from '../i18n/i18n';
import { term } from '../i18n/terms';
import { formatInstant, formatList, splitList } from '../lib/format';
import { TLP_ORDER, tlpOf } from '../lib/stix';

type Incident = Get<'/api/incidents'>[number];
/** The choice that filters nothing out. */
const ANY = 'any';
const STATUSES = ['open', 'contained', 'closed'] as const;
const BASES = [
  'cert_cooperation',
  'spontaneous_information',
  'police_cooperation',
  'mutual_legal_assistance',
  'public_warning',
] as const;

export default function Incidents() {
  const t = useT();
  const locale = useLocale();
  const { can } = useMe();
  useTitle(t('incidents.title'), t('shell.brand'));
  const incidents = useQuery({ queryKey: ['incidents'], queryFn: () => call(api.GET('/api/incidents')) });
  const [words, setWords] = useState('');
  const [status, setStatus] = useState(ANY);
  const [tlp, setTlp] = useState(ANY);
  const [state, setState] = useState(ANY);
  const [sector, setSector] = useState(ANY);
  const all = incidents.data ?? [];
  const states = useMemo(() => [...new Set(all.flatMap((i) => i.affectedStates))].sort(), [all]);
  const sectors = useMemo(() => [...new Set(all.flatMap((i) => i.sectors))].sort(), [all]);
  const shown = all.filter(
    (i) =>
      (!words.trim() || i.title.toLowerCase().includes(words.trim().toLowerCase())) &&
      (status === ANY || i.status === status) &&
      (tlp === ANY || (tlpOf(i.markings) ?? 'none') === tlp) &&
      (state === ANY || i.affectedStates.includes(state)) &&
      (sector === ANY || i.sectors.includes(sector)),
  );
  const any = (label: string, values: readonly { id: string; label: string }[]) => [
    { id: ANY, label },
    ...values,
  ];
  return (
    <section aria-labelledby="incidents-title">
      <div className="page-head">
        <h1 id="incidents-title">{t('incidents.title')}</h1>
      </div>
      <search className="filter-grid" aria-label={t('incidents.search')}>
        <Field name="words" label={t('incidents.words')} value={words} onChange={setWords} />
        <Choice
          name="status"
          label={t('incidents.status')}
          value={status}
          onChange={setStatus}
          options={any(
            t('incidents.anyStatus'),
            STATUSES.map((s) => ({ id: s, label: term(t, 'incidentStatus', s) })),
          )}
        />
        <Choice
          name="tlp"
          label={t('incidents.tlp')}
          value={tlp}
          onChange={setTlp}
          options={any(t('incidents.anyTlp'), [
            ...TLP_ORDER.map((l) => ({ id: l, label: `TLP:${l.toUpperCase()}` })),
            { id: 'none', label: t('incidents.unmarked') },
          ])}
        />
        <Choice
          name="state"
          label={t('incidents.affectedState')}
          value={state}
          onChange={setState}
          options={any(
            t('incidents.anyState'),
            states.map((s) => ({ id: s, label: s })),
          )}
        />
        <Choice
          name="sector"
          label={t('incidents.sector')}
          value={sector}
          onChange={setSector}
          options={any(
            t('incidents.anySector'),
            sectors.map((s) => ({ id: s, label: s })),
          )}
        />
      </search>
      <ProblemNote error={incidents.error} />
      {incidents.isPending && <p>{t('shell.loading')}</p>}
      {incidents.data && (
        <p className="count" aria-live="polite">
          {t('incidents.count', { shown: shown.length, total: all.length })}
        </p>
      )}
      {incidents.data && all.length === 0 && <p className="empty">{t('incidents.empty')}</p>}
      {shown.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('incidents.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('incidents.incident')}</th>
              <th scope="col">{t('incidents.tlp')}</th>
              <th scope="col">{t('incidents.status')}</th>
              <th scope="col">{t('incidents.affectedStates')}</th>
              <th scope="col">{t('incidents.sectors')}</th>
              <th scope="col">{t('incidents.origin')}</th>
              <th scope="col">{t('cases.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <IncidentRow key={i.id} incident={i} locale={locale} />
            ))}
          </tbody>
        </table>
      )}
      {can('incidents.write') && (
        <Section id="new-incident" title={t('incidents.new')}>
          <NewIncident />
        </Section>
      )}
    </section>
  );
}

function IncidentRow({ incident: i, locale }: { incident: Incident; locale: string }) {
  const t = useT();
  return (
    <tr>
      <th scope="row" className="prose">
        <Link href={`/incidents/${i.id}`}>{i.title}</Link>
      </th>
      <td>
        <TlpTag markings={i.markings} />
      </td>
      <td>{term(t, 'incidentStatus', i.status)}</td>
      <td>{formatList(locale, i.affectedStates)}</td>
      <td>{formatList(locale, i.sectors)}</td>
      <td>{i.receivedFrom ? t('incidents.receivedFrom', { state: i.originState }) : t('incidents.local')}</td>
      <td>{formatInstant(locale, i.updatedAt)}</td>
    </tr>
  );
}

function NewIncident() {
  const t = useT();
  const locale = useLocale();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [legalBasis, setLegalBasis] = useState<string>('cert_cooperation');
  const [tlp, setTlp] = useState<string>('amber');
  const [states, setStates] = useState('');
  const [sectors, setSectors] = useState('');
  const [missing, setMissing] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/incidents', {
          body: {
            title,
            legalBasis: legalBasis as (typeof BASES)[number],
            tlp: tlp as 'amber',
            affectedStates: splitList(states).map((s) => s.toUpperCase()),
            sectors: splitList(sectors),
            ...(description.trim() ? { description } : {}),
          },
        }),
      ),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ['incidents'] });
      navigate(`/incidents/${created.incident.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!title.trim());
    if (title.trim()) create.mutate();
  };
  return (
    <Form onSubmit={submit} className="form" aria-label={t('incidents.new')}>
      <Field
        name="title"
        label={t('incidents.incidentTitle')}
        value={title}
        onChange={setTitle}
        required
        missing={missing}
        problem={create.error}
      />
      <Choice
        name="legalBasis"
        label={t('incidents.legalBasis')}
        value={legalBasis}
        onChange={setLegalBasis}
        required
        problem={create.error}
        options={BASES.map((b) => ({ id: b, label: term(t, 'sharingBasis', b) }))}
      />
      <Choice
        name="tlp"
        label={t('incidents.tlp')}
        description={t('incidents.tlpHelp')}
        value={tlp}
        onChange={setTlp}
        problem={create.error}
        options={TLP_ORDER.map((l) => ({ id: l, label: `TLP:${l.toUpperCase()}` }))}
      />
      <Field
        name="affectedStates"
        label={t('incidents.affectedStates')}
        description={t('incidents.codesHelp', { example: formatList(locale, ['XA', 'XB']) })}
        value={states}
        onChange={setStates}
        problem={create.error}
      />
      <Field
        name="sectors"
        label={t('incidents.sectors')}
        description={t('incidents.sectorsHelp')}
        value={sectors}
        onChange={setSectors}
        problem={create.error}
      />
      <Field
        name="description"
        label={t('incidents.description')}
        value={description}
        onChange={setDescription}
        multiline
        problem={create.error}
      />
      <ProblemNote error={create.error} />
      <Button type="submit" className="primary" isDisabled={create.isPending}>
        {t('incidents.create')}
      </Button>
    </Form>
  );
}
