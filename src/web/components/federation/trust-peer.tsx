/**
 * Trusting a peer: its signed card, and the fingerprint its administrator read out over another
 * channel. The node checks the two match before it trusts anything; a mismatch is said at the field.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { Field } from '../fields';
import { ProblemNote } from '../problem';
import { PEERS } from '../../api/queries';

export function TrustPeer() {
  const t = useT();
  const client = useQueryClient();
  const [card, setCard] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [missing, setMissing] = useState(false);
  const trust = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/federation/peers', { body: { card: card.trim(), fingerprint: fingerprint.trim() } }),
      ),
    onSuccess: async () => {
      setCard('');
      setFingerprint('');
      await client.invalidateQueries({ queryKey: PEERS });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = !card.trim() || !fingerprint.trim();
    setMissing(incomplete);
    if (!incomplete) trust.mutate();
  };
  return (
    <Form onSubmit={submit} className="form" aria-label={t('federation.trust')}>
      <p>{t('federation.trustHelp')}</p>
      {trust.isSuccess && (
        <p className="done" role="status">
          {t('federation.trusted', { node: trust.data.nodeId, state: trust.data.state })}
        </p>
      )}
      <Field
        name="card"
        label={t('federation.card')}
        value={card}
        onChange={setCard}
        multiline
        required
        missing={missing && !card.trim()}
        problem={trust.error}
      />
      <Field
        name="fingerprint"
        label={t('federation.cardFingerprint')}
        value={fingerprint}
        onChange={setFingerprint}
        required
        missing={missing && !fingerprint.trim()}
        autoComplete="off"
        problem={trust.error}
      />
      <ProblemNote error={trust.error} />
      <Button type="submit" className="primary" isDisabled={trust.isPending}>
        {t('federation.trustButton')}
      </Button>
    </Form>
  );
}
