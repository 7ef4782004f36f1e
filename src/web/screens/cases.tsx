/** The cases the person may see (assigned, or owned by their authority), and opening a new one. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { useLocation } from 'wouter';
import { api, call } from '../api/client';
import { useTitle } from '../components/hooks';
import { Field } from '../components/fields';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { useLocale, useT } from '../i18n/i18n';
import { formatInstant } from '../lib/format';

export default function Cases() {
  const t = useT();
  const locale = useLocale();
  const { can } = useMe();
  useTitle(t('cases.title'), t('shell.brand'));
  const cases = useQuery({ queryKey: ['cases'], queryFn: () => call(api.GET('/api/cases')) });
  return (
    <section aria-labelledby="cases-title">
      <div className="page-head">
        <h1 id="cases-title">{t('cases.title')}</h1>
      </div>
      <ProblemNote error={cases.error} />
      {cases.data && cases.data.length === 0 && <p className="empty">{t('cases.empty')}</p>}
      {cases.data && cases.data.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('cases.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.reference')}</th>
              <th scope="col">{t('cases.caseTitle')}</th>
              <th scope="col">{t('cases.status')}</th>
              <th scope="col">{t('cases.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.data.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link href={`/cases/${c.id}`}>{c.reference}</Link>
                </th>
                <td className="prose">{c.title}</td>
                <td>{c.status === 'open' ? t('cases.open') : t('cases.closed')}</td>
                <td>{formatInstant(locale, c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can('cases.create') && (
        <Section id="new-case" title={t('cases.new')}>
          <NewCase />
        </Section>
      )}
    </section>
  );
}

function NewCase() {
  const t = useT();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [reference, setReference] = useState('');
  const [missing, setMissing] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/cases', {
          body: { title, ...(summary ? { summary } : {}), ...(reference ? { reference } : {}) },
        }),
      ),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ['cases'] });
      navigate(`/cases/${created.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!title.trim());
    if (title.trim()) create.mutate();
  };
  return (
    <Form onSubmit={submit} className="form" aria-label={t('cases.new')}>
      <Field
        name="title"
        label={t('cases.caseTitle')}
        value={title}
        onChange={setTitle}
        required
        missing={missing}
        problem={create.error}
      />
      <Field
        name="reference"
        label={t('cases.reference')}
        description={t('cases.referenceHelp')}
        value={reference}
        onChange={setReference}
        problem={create.error}
      />
      <Field
        name="summary"
        label={t('cases.summary')}
        value={summary}
        onChange={setSummary}
        multiline
        problem={create.error}
      />
      <ProblemNote error={create.error} />
      <Button type="submit" className="primary" isDisabled={create.isPending}>
        {t('cases.create')}
      </Button>
    </Form>
  );
}
