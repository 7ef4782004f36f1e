/**
 * Recording that an object was seen here: how many times, when, and a note. A sighting of an
 * object received from a peer goes back to that peer, which the answer says.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { labelOf, type ObjectRow } from '../../lib/stix';
import { Field } from '../fields';
import { ProblemNote } from '../problem';

export function RecordSighting({
  object,
  incidentId,
  onDone,
}: {
  object: ObjectRow;
  incidentId: string;
  onDone(): void;
}) {
  const t = useT();
  const client = useQueryClient();
  const [count, setCount] = useState('1');
  const [description, setDescription] = useState('');
  const [badCount, setBadCount] = useState(false);
  const record = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/stix/objects/{id}/sightings', {
          params: { path: { id: object.object.id } },
          body: { count: Number(count), ...(description.trim() ? { description } : {}) },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['incident', incidentId] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad = !/^\d{1,9}$/.test(count.trim());
    setBadCount(bad);
    if (!bad) record.mutate();
  };
  const label = labelOf(object.object);
  return (
    <Form onSubmit={submit} className="form panel-inset" aria-label={t('sighting.title', { object: label })}>
      <h3>{t('sighting.title', { object: label })}</h3>
      <Field
        name="count"
        label={t('sighting.count')}
        value={count}
        onChange={setCount}
        type="number"
        required
        {...(badCount ? { message: t('sighting.countInvalid') } : {})}
        problem={record.error}
      />
      <Field
        name="description"
        label={t('sighting.note')}
        value={description}
        onChange={setDescription}
        multiline
        problem={record.error}
      />
      <ProblemNote error={record.error} />
      {record.data && (
        <p role="status" className="done">
          {record.data.sentTo.length > 0
            ? t('sighting.sentBack', { peer: record.data.sentTo.join(', ') })
            : t('sighting.recorded')}
        </p>
      )}
      <div className="button-row">
        <Button type="submit" className="primary" isDisabled={record.isPending || record.isSuccess}>
          {t('sighting.submit')}
        </Button>
        <Button className="secondary" onPress={onDone}>
          {record.isSuccess ? t('common.close') : t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
