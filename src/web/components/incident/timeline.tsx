/**
 * What happened to an incident, oldest first: each entry's kind and what happened in the
 * person's language (the node's own English words for an entry whose facts are not recorded),
 * or the note a person wrote; and adding a note.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../../api/client';
import type { Get } from '../../api/types';
import { type MessageKey, useLocale, useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { formatInstant, formatList } from '../../lib/format';
import { type TimelineMessage, timelineMessage } from '../../lib/timeline-text';
import { Field } from '../fields';
import { ProblemNote } from '../problem';

type Entry = Get<'/api/incidents/{id}'>['timeline'][number];

export function Timeline({ entries }: { entries: readonly Entry[] }) {
  const t = useT();
  const locale = useLocale();
  if (entries.length === 0) return <p className="empty">{t('timeline.empty')}</p>;
  return (
    <ol className="timeline">
      {entries.map((e) => (
        <li key={e.id} data-kind={e.kind}>
          <time dateTime={e.at}>{formatInstant(locale, e.at)}</time>{' '}
          <strong>{term(t, 'incidentEvent', e.kind)}</strong>
          {e.kind === 'note' ? (
            <p className="prose" dir="auto">
              {e.text}
            </p>
          ) : (
            <EntryText entry={e} />
          )}
        </li>
      ))}
    </ol>
  );
}

/** The entry in the reader's language where its facts allow it; otherwise in the node's words. */
function EntryText({ entry }: { entry: Entry }) {
  const t = useT();
  const locale = useLocale();
  const list = (items: readonly string[]) => formatList(locale, items);
  const message = timelineMessage(entry.kind, entry.details, list);
  if (!message)
    return (
      <p className="muted" lang="en" dir="ltr">
        {entry.text}
      </p>
    );
  const say = (m: TimelineMessage) => t(m.key as MessageKey, m.values);
  const values = message.parts ? { ...message.values, parts: list(message.parts.map(say)) } : message.values;
  // In the page's direction: the sentence is the reader's language even when it opens with a
  // State's code (a paragraph that took the direction of its first letter would reverse it).
  return <p className="muted">{t(message.key as MessageKey, values)}</p>;
}

export function AddNote({ incidentId }: { incidentId: string }) {
  const t = useT();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const add = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/incidents/{id}/timeline', { params: { path: { id: incidentId } }, body: { text } }),
      ),
    onSuccess: async () => {
      setText('');
      await client.invalidateQueries({ queryKey: ['incident', incidentId] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!text.trim());
    if (text.trim()) add.mutate();
  };
  return (
    <Form onSubmit={submit} className="form" aria-label={t('timeline.add')}>
      <Field
        name="text"
        label={t('timeline.note')}
        value={text}
        onChange={setText}
        multiline
        required
        missing={missing}
        problem={add.error}
      />
      <ProblemNote error={add.error} />
      <Button type="submit" className="secondary" isDisabled={add.isPending}>
        {t('timeline.add')}
      </Button>
    </Form>
  );
}
