/**
 * Sharing an incident with other States. Nothing goes until the analyst has seen, per
 * recipient, what it will receive and what is withheld and why: the preview is the node's own
 * plan for the share (the decision the federation applies), not a guess made in the page.
 * Changing a choice after the preview asks for a new one before "Send" is offered again.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Form, Label } from 'react-aria-components';
import { api, call } from '../../api/client';
import type { Posted } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { formatCount, splitList } from '../../lib/format';
import { tlpOfMarking } from '../../lib/stix';
import { Choice, Field, GroupLegend } from '../fields';
import { ProblemNote } from '../problem';

type Outcome = Posted<'/api/incidents/{id}/shares/preview'>;
type Withheld = Outcome['peers'][number]['withheld'][number];
const ONWARD = ['forbidden', 'with_prior_consent', 'allowed'] as const;

/** A date `days` from today, as the date field wants it. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export function ShareIncident({ incidentId, ownState }: { incidentId: string; ownState: string | null }) {
  const t = useT();
  const client = useQueryClient();
  const peers = useQuery({
    queryKey: ['sharing', 'states'],
    queryFn: () => call(api.GET('/api/register/states')),
    staleTime: 60_000,
  });
  const [states, setStates] = useState<string[]>([]);
  const [named, setNamed] = useState('');
  const [purpose, setPurpose] = useState('');
  const [retentionUntil, setRetentionUntil] = useState(() => inDays(180));
  const [onward, setOnward] = useState<string>('with_prior_consent');
  const [missing, setMissing] = useState(false);
  const [previewed, setPreviewed] = useState<{ key: string; outcome: Outcome } | null>(null);
  const namedRecipients = splitList(named);
  const body = {
    targetStates: states,
    ...(namedRecipients.length > 0 ? { namedRecipients } : {}),
    conditions: { purpose, retentionUntil, onwardTransfer: onward as (typeof ONWARD)[number] },
  };
  const key = JSON.stringify(body);
  const path = { params: { path: { id: incidentId } } };
  const preview = useMutation({
    mutationFn: () => call(api.POST('/api/incidents/{id}/shares/preview', { ...path, body })),
    onSuccess: (outcome) => setPreviewed({ key, outcome }),
  });
  const send = useMutation({
    mutationFn: () => call(api.POST('/api/incidents/{id}/shares', { ...path, body })),
    onSuccess: async () => {
      setPreviewed(null);
      await client.invalidateQueries({ queryKey: ['incident', incidentId] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = states.length === 0 || !purpose.trim() || !retentionUntil;
    setMissing(incomplete);
    if (!incomplete) {
      send.reset();
      preview.mutate();
    }
  };
  const others = (peers.data ?? []).filter((s) => s.code !== ownState);
  const current = previewed?.key === key ? previewed.outcome : null;
  return (
    <>
      <Form onSubmit={submit} className="form" aria-label={t('share.title')}>
        <CheckboxGroup
          className="field"
          value={states}
          onChange={setStates}
          isRequired
          isInvalid={missing && states.length === 0}
          validationBehavior="aria"
        >
          <Label>
            <GroupLegend label={t('share.states')} required />
          </Label>
          {others.length === 0 && <p className="empty">{t('share.noStates')}</p>}
          <div className="tick-row">
            {others.map((s) => (
              <Checkbox key={s.code} value={s.code} className="tick">
                <span className="tick-box" aria-hidden="true" />
                {s.name} ({s.code})
              </Checkbox>
            ))}
          </div>
          {missing && states.length === 0 && <p className="field-error">{t('share.chooseState')}</p>}
        </CheckboxGroup>
        <Field
          name="namedRecipients"
          label={t('share.named')}
          description={t('share.namedHelp', { example: 'analyst@xb' })}
          value={named}
          onChange={setNamed}
          problem={preview.error}
        />
        <Field
          name="purpose"
          label={t('share.purpose')}
          description={t('share.purposeHelp')}
          value={purpose}
          onChange={setPurpose}
          required
          missing={missing && !purpose.trim()}
          problem={preview.error}
        />
        <Field
          name="retentionUntil"
          label={t('share.retentionUntil')}
          type="date"
          value={retentionUntil}
          onChange={setRetentionUntil}
          required
          missing={missing && !retentionUntil}
          problem={preview.error}
        />
        <Choice
          name="onwardTransfer"
          label={t('share.onward')}
          value={onward}
          onChange={setOnward}
          required
          options={ONWARD.map((o) => ({ id: o, label: term(t, 'onward', o) }))}
          problem={preview.error}
        />
        <ProblemNote error={preview.error} />
        <Button type="submit" className="secondary" isDisabled={preview.isPending}>
          {t('share.preview')}
        </Button>
      </Form>
      {previewed && !current && <p className="muted">{t('share.changed')}</p>}
      {current && (
        <section aria-labelledby="preview-title" className="preview">
          <h3 id="preview-title">{t('share.previewTitle')}</h3>
          {current.peers.map((p) => (
            <PeerPlan key={p.peer} plan={p} />
          ))}
          <ProblemNote error={send.error} />
          <Button className="primary" onPress={() => send.mutate()} isDisabled={send.isPending}>
            {t('share.send', { count: current.peers.length })}
          </Button>
        </section>
      )}
      {send.data && (
        <p role="status" className="done">
          {t('share.sent', {
            peers: send.data.peers.map((p) => p.state).join(', '),
            count: send.data.peers.reduce((n, p) => n + p.sent.length, 0),
          })}
        </p>
      )}
    </>
  );
}

function PeerPlan({ plan }: { plan: Outcome['peers'][number] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <article className="peer-plan" aria-labelledby={`plan-${plan.peer}`}>
      <h4 id={`plan-${plan.peer}`}>
        {t('share.recipient', { state: plan.state })} <span dir="ltr">({plan.peer})</span>
      </h4>
      <p>
        {t('share.goes', { count: formatCount(locale, plan.sent.length) })}
        {plan.sent.some((s) => s.redactedPaths.length > 0) &&
          ` ${t('share.redactedSome', { count: plan.sent.filter((s) => s.redactedPaths.length > 0).length })}`}
      </p>
      {plan.withheld.length === 0 ? (
        <p className="muted">{t('share.nothingWithheld')}</p>
      ) : (
        <table className="table">
          <caption>{t('share.withheldCaption', { count: plan.withheld.length, state: plan.state })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('objects.type')}</th>
              <th scope="col">{t('bundle.id')}</th>
              <th scope="col">{t('share.why')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.withheld.map((w) => (
              <tr key={w.id}>
                <td>
                  <code>{w.type}</code>
                </td>
                <th scope="row" dir="ltr">
                  <code className="wrap">{w.id}</code>
                </th>
                <td>
                  <WhyWithheld withheld={w} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

/** The reason in the person's language where the node names its kind; the node's words after it. */
function WhyWithheld({ withheld: w }: { withheld: Withheld }) {
  const t = useT();
  const tlp = w.marking ? tlpOfMarking(w.marking) : undefined;
  const summary = w.marking
    ? t('share.byMarking', { marking: tlp ? `TLP:${tlp.toUpperCase()}` : w.marking })
    : w.condition
      ? t('share.byCondition')
      : t('share.byOther');
  return (
    <>
      {summary}{' '}
      <span className="muted" lang="en" dir="ltr">
        ({w.reason})
      </span>
    </>
  );
}
