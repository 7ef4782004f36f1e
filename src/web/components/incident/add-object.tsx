/**
 * Adding one object to an incident by hand: an indicator (its STIX pattern checked by the node
 * as it is typed, the problem shown where it starts), an observable, a malware, an
 * infrastructure or a note, under a TLP marking. The node's report on the object is shown at
 * the field it names; nothing typed is lost when it refuses.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { NEW_KINDS, type NewKind, newObject, OBSERVABLE_TYPES, TLP_ORDER, type Tlp } from '../../lib/stix';
import { Choice, Field } from '../fields';
import { ProblemNote } from '../problem';
import { objectsKey } from './objects';

/** Waits for the typing to pause before asking the node, so a check is not sent per key. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function AddObject({ incidentId, incidentStixId }: { incidentId: string; incidentStixId: string }) {
  const t = useT();
  const client = useQueryClient();
  const [kind, setKind] = useState<NewKind>('indicator');
  const [text, setText] = useState('');
  const [pattern, setPattern] = useState('');
  const [observableType, setObservableType] = useState<(typeof OBSERVABLE_TYPES)[number]>('ipv4-addr');
  const [description, setDescription] = useState('');
  const [tlp, setTlp] = useState<Tlp>('amber');
  const [missing, setMissing] = useState(false);
  const settledPattern = useSettled(pattern, 300);
  const check = useQuery({
    queryKey: ['pattern-check', settledPattern],
    enabled: kind === 'indicator' && settledPattern.trim().length > 0,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => call(api.POST('/api/stix/patterns/check', { body: { pattern: settledPattern } })),
  });
  const add = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/incidents/{id}/objects', {
          params: { path: { id: incidentId } },
          body: {
            objects: [
              newObject(
                { kind, text, pattern, observableType, description, tlp, incidentStixId },
                new Date(),
                crypto.randomUUID(),
              ),
            ],
          },
        }),
      ),
    onSuccess: async (result) => {
      if (result.objects[0]?.status !== 'rejected') {
        setText('');
        setPattern('');
        setDescription('');
      }
      await client.invalidateQueries({ queryKey: objectsKey(incidentId) });
    },
  });
  const patternProblem =
    kind === 'indicator' && check.data && !check.data.valid && settledPattern === pattern
      ? t('addObject.patternInvalid', { at: check.data.offset + 1, reason: check.data.reason })
      : undefined;
  const needsText = kind !== 'indicator';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = (needsText && !text.trim()) || (kind === 'indicator' && !pattern.trim());
    setMissing(incomplete);
    if (!incomplete && !patternProblem) add.mutate();
  };
  const report = add.data?.objects[0];
  return (
    <Form onSubmit={submit} className="form" aria-label={t('addObject.title')}>
      <div className="filter-grid">
        <Choice
          name="kind"
          label={t('addObject.kind')}
          value={kind}
          onChange={(v) => setKind(v as NewKind)}
          options={NEW_KINDS.map((k) => ({ id: k, label: term(t, 'newObjectKind', k) }))}
        />
        {kind === 'observable' && (
          <Choice
            name="observableType"
            label={t('addObject.observableType')}
            value={observableType}
            onChange={(v) => setObservableType(v as typeof observableType)}
            options={OBSERVABLE_TYPES.map((o) => ({ id: o, label: o }))}
          />
        )}
        <Choice
          name="objectTlpNew"
          label={t('incidents.tlp')}
          value={tlp}
          onChange={(v) => setTlp(v as Tlp)}
          options={TLP_ORDER.map((l) => ({ id: l, label: `TLP:${l.toUpperCase()}` }))}
        />
      </div>
      <Field
        name={kind === 'note' ? 'content' : kind === 'observable' ? 'value' : 'name'}
        label={
          kind === 'note'
            ? t('addObject.content')
            : kind === 'observable'
              ? t(observableType === 'file' ? 'addObject.hash' : 'addObject.value')
              : t('addObject.name')
        }
        value={text}
        onChange={setText}
        multiline={kind === 'note'}
        required={needsText}
        missing={missing && needsText && !text.trim()}
        problem={add.error}
      />
      {kind === 'indicator' && (
        <Field
          name="pattern"
          label={t('addObject.pattern')}
          description={
            check.data?.valid && settledPattern === pattern
              ? t('addObject.patternValid', { count: check.data.comparisons })
              : t('addObject.patternHelp')
          }
          value={pattern}
          onChange={setPattern}
          required
          missing={missing && !pattern.trim()}
          {...(patternProblem ? { message: patternProblem } : {})}
          problem={add.error}
        />
      )}
      {kind !== 'note' && (
        <Field
          name="description"
          label={t('incidents.description')}
          value={description}
          onChange={setDescription}
          multiline
          problem={add.error}
        />
      )}
      <ProblemNote error={add.error} />
      {report && (
        <p
          role={report.status === 'rejected' ? 'alert' : 'status'}
          className={report.status === 'rejected' ? 'problem' : 'done'}
        >
          {report.status === 'rejected'
            ? t('addObject.rejected')
            : report.status === 'unchanged'
              ? t('addObject.unchanged')
              : t('addObject.added')}
          {(report.reason ?? report.warnings?.join('; ')) && (
            <span lang="en" dir="ltr">
              {' '}
              {report.reason ?? report.warnings?.join('; ')}
            </span>
          )}
        </p>
      )}
      <Button type="submit" className="primary" isDisabled={add.isPending}>
        {t('addObject.submit')}
      </Button>
    </Form>
  );
}
