/**
 * Revoking an object this node originated: the revoked version replaces it here and follows it
 * to every peer that holds it, where it is marked revoked too. It cannot be undone (STIX has no
 * un-revoke), so the form says so before the analyst confirms, and asks why for the record.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { labelOf, type ObjectRow } from '../../lib/stix';
import { Field } from '../fields';
import { ProblemNote } from '../problem';

export function RevokeObject({
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
  const [reason, setReason] = useState('');
  const revoke = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/stix/objects/{id}/revoke', {
          params: { path: { id: object.object.id } },
          body: reason.trim() ? { reason: reason.trim() } : {},
        }),
      ),
    // The incident's key is the prefix of its objects' key: both are fetched again.
    onSuccess: () => client.invalidateQueries({ queryKey: ['incident', incidentId] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    revoke.mutate();
  };
  const label = labelOf(object.object);
  return (
    <Form onSubmit={submit} className="form panel-inset" aria-label={t('revoke.title', { object: label })}>
      <h3>{t('revoke.title', { object: label })}</h3>
      <p className="confirm">{t('revoke.consequence')}</p>
      <Field
        name="reason"
        label={t('revoke.reason')}
        value={reason}
        onChange={setReason}
        multiline
        problem={revoke.error}
      />
      <ProblemNote error={revoke.error} />
      {revoke.isSuccess && (
        <p role="status" className="done">
          {t('revoke.done')}
        </p>
      )}
      <div className="button-row">
        <Button type="submit" className="danger" isDisabled={revoke.isPending || revoke.isSuccess}>
          {t('revoke.submit')}
        </Button>
        <Button className="secondary" onPress={onDone}>
          {revoke.isSuccess ? t('common.close') : t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
