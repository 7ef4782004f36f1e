/**
 * Status queries: the requesting side asks how the request stands (the requested node answers
 * by itself, at once); the requested side may answer again with a note. Each answer shows the
 * status and progress it reported, and says when it is ahead of what this node knows.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../../api/client';
import type { RequestView, StatusQuery } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { formatInstant } from '../../lib/format';
import { useAnnounce } from '../announcer';
import { Field } from '../fields';
import { useMe } from '../me';
import { ProblemNote } from '../problem';

export function StatusQueries({ request }: { request: RequestView }) {
  const t = useT();
  const { can } = useMe();
  const queries = useQuery({
    queryKey: ['request', request.id, 'status-queries'],
    queryFn: () =>
      call(api.GET('/api/requests/{id}/status-queries', { params: { path: { id: request.id } } })),
  });
  const open = !['draft', 'closed', 'withdrawn'].includes(request.state.status);
  return (
    <>
      <ProblemNote error={queries.error} />
      {queries.data && queries.data.length > 0 ? (
        <ul className="cards">
          {queries.data.map((q) => (
            <QueryCard key={q.id} query={q} request={request} />
          ))}
        </ul>
      ) : (
        <p className="empty">{t('statusQuery.none')}</p>
      )}
      {request.side === 'requesting' && open && can('requests.status_query') && (
        <Ask requestId={request.id} />
      )}
    </>
  );
}

function QueryCard({ query, request }: { query: StatusQuery; request: RequestView }) {
  const t = useT();
  const locale = useLocale();
  const { can } = useMe();
  const latest = query.latest;
  return (
    <li className="card">
      <p>
        <strong>{t('statusQuery.askedAt', { time: formatInstant(locale, query.askedAt) })}</strong>
        {query.question ? <span className="prose"> — {query.question}</span> : null}
      </p>
      {latest ? (
        <p>
          {t('statusQuery.answer', {
            status: term(t, 'status', latest.report.status),
            time: formatInstant(locale, latest.answeredAt),
          })}
          {latest.automatic ? ` · ${t('statusQuery.automatic')}` : ''}
          {latest.note ? <span className="prose"> — {latest.note}</span> : null}
        </p>
      ) : (
        <p className="muted">{t('statusQuery.pending')}</p>
      )}
      {query.replica.behind && <p className="warning">{t('statusQuery.behind')}</p>}
      {request.side === 'requested' && can('requests.status_answer') && (
        <AnswerAgain request={request} queryId={query.id} />
      )}
    </li>
  );
}

function Ask({ requestId }: { requestId: string }) {
  const t = useT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [question, setQuestion] = useState('');
  const ask = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/requests/{id}/status-queries', {
          params: { path: { id: requestId } },
          body: question.trim() ? { question } : {},
        }),
      ),
    onSuccess: async () => {
      setQuestion('');
      announce(t('statusQuery.sent'));
      await client.invalidateQueries({ queryKey: ['request', requestId, 'status-queries'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask.mutate();
  };
  return (
    <Form onSubmit={submit} className="form inline" aria-label={t('statusQuery.ask')}>
      <Field
        name="question"
        label={t('statusQuery.question')}
        value={question}
        onChange={setQuestion}
        problem={ask.error}
      />
      <ProblemNote error={ask.error} />
      <Button type="submit" className="secondary" isDisabled={ask.isPending}>
        {t('statusQuery.ask')}
      </Button>
    </Form>
  );
}

function AnswerAgain({ request, queryId }: { request: RequestView; queryId: string }) {
  const t = useT();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const answer = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/requests/{id}/status-queries/{queryId}/answer', {
          params: { path: { id: request.id, queryId } },
          body: { note },
        }),
      ),
    onSuccess: async () => {
      setNote('');
      await client.invalidateQueries({ queryKey: ['request', request.id, 'status-queries'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(note.trim() === '');
    if (note.trim()) answer.mutate();
  };
  return (
    <Form onSubmit={submit} className="form inline" aria-label={t('statusQuery.answerAgain')}>
      <Field
        name="note"
        label={t('statusQuery.note')}
        value={note}
        onChange={setNote}
        required
        missing={missing}
        problem={answer.error}
      />
      <ProblemNote error={answer.error} />
      <Button type="submit" className="secondary" isDisabled={answer.isPending}>
        {t('statusQuery.answerAgain')}
      </Button>
    </Form>
  );
}
