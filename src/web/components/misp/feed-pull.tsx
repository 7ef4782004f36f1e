/**
 * An administrator pulls a MISP feed by its address: the node fetches the events newer than
 * last time, one by one, and this shows how far it has come, then what it imported and what
 * failed (each failed event with the reason; it is tried again at the next pull).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Button, Form, Label, ProgressBar } from 'react-aria-components';
import { api, call } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n';
import { formatCount } from '../../lib/format';
import { Field } from '../fields';
import { ProblemNote } from '../problem';
import { IMPORTS_KEY } from './imports';

export function FeedPull() {
  const t = useT();
  const [url, setUrl] = useState('');
  const [authorization, setAuthorization] = useState('');
  const [tried, setTried] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () =>
      call(api.POST('/api/misp/feed-pulls', { body: { url, ...(authorization ? { authorization } : {}) } })),
    onSuccess: (job) => setJobId(job.id),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!url.trim()) return;
    setJobId(null);
    start.mutate();
  };
  return (
    <>
      <p className="muted">{t('misp.feedHelp')}</p>
      <Form className="form" onSubmit={submit} aria-labelledby="feed-pull-title">
        <h3 id="feed-pull-title">{t('misp.pullTitle')}</h3>
        <Field
          name="url"
          label={t('misp.feedUrl')}
          value={url}
          onChange={setUrl}
          required
          missing={tried && !url.trim()}
          problem={start.error}
          description={
            <>
              {t('misp.feedUrlHelp')} <code dir="ltr">https://misp.example.org/feeds/cert/</code>
            </>
          }
        />
        <Field
          name="authorization"
          label={t('misp.feedAuthorization')}
          value={authorization}
          onChange={setAuthorization}
          type="password"
          autoComplete="off"
          description={t('misp.feedAuthorizationHelp')}
        />
        <Button type="submit" className="primary" isDisabled={start.isPending}>
          {t('misp.pull')}
        </Button>
        <ProblemNote error={start.error} />
      </Form>
      {jobId && <PullProgress id={jobId} />}
    </>
  );
}

function PullProgress({ id }: { id: string }) {
  const t = useT();
  const locale = useLocale();
  const client = useQueryClient();
  const job = useQuery({
    queryKey: ['misp', 'feed-pulls', id],
    queryFn: () => call(api.GET('/api/misp/feed-pulls/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (query.state.data?.state === 'running' ? 500 : false),
  });
  const state = job.data?.state;
  useEffect(() => {
    if (state && state !== 'running') void client.invalidateQueries({ queryKey: IMPORTS_KEY });
  }, [state, client]);
  if (job.error) return <ProblemNote error={job.error} />;
  if (!job.data) return null;
  const { progress, result, problem } = job.data;
  return (
    <div className="feed-pull" aria-live="polite">
      {job.data.state === 'running' && (
        <ProgressBar
          value={progress.done}
          maxValue={Math.max(progress.total, 1)}
          isIndeterminate={progress.total === 0}
          className="progress"
        >
          <Label>{t('misp.pulling')}</Label>
          <span className="progress-value">
            {t('misp.pullCount', {
              done: formatCount(locale, progress.done),
              total: formatCount(locale, progress.total),
            })}
          </span>
          <div className="progress-track">
            <div
              className={`progress-fill ${progress.total === 0 ? 'pulsing' : ''}`}
              style={{ width: `${progress.total === 0 ? 100 : (100 * progress.done) / progress.total}%` }}
            />
          </div>
        </ProgressBar>
      )}
      {problem && (
        <p className="problem" role="alert">
          {t('misp.pullFailed')}{' '}
          <span lang="en" dir="ltr">
            {problem.message}
          </span>
        </p>
      )}
      {result && (
        <>
          <p role="status">
            {t('misp.pullDone', {
              listed: formatCount(locale, result.listed),
              upToDate: formatCount(locale, result.upToDate),
              imported: formatCount(locale, result.imported),
              attributes: formatCount(locale, result.attributes),
              failed: formatCount(locale, result.failed.length),
            })}
          </p>
          {result.failed.length > 0 && (
            <ul className="plain">
              {result.failed.map((f) => (
                <li key={f.uuid}>
                  <code dir="ltr">{f.uuid}</code>
                  <div lang="en" dir="ltr" className="muted">
                    {f.reason}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
