/**
 * Multilateral alerts: sending one alert (or spontaneous information) to many States at once;
 * the alerts received, each opened (which tells its sender) and answered; and the alerts sent,
 * with who has received, opened and answered each — the signed receipts, State by State.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, call } from '../api/client';
import { Choice, Field, Tick } from '../components/fields';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { useLocale, useT } from '../i18n/i18n';
import { formatInstant } from '../lib/format';

const ALERTS = ['alerts'];
const fetchAlerts = () => call(api.GET('/api/alerts'));
type Alerts = Awaited<ReturnType<typeof fetchAlerts>>;
const KIND = {
  alert: 'alerts.kind.alert',
  spontaneous_information: 'alerts.kind.spontaneous_information',
} as const;
const TLP = { clear: 'alerts.tlp.clear', green: 'alerts.tlp.green', amber: 'alerts.tlp.amber' } as const;
const kindLabel = (kind: string) => KIND[kind as keyof typeof KIND] ?? KIND.alert;
const tlpLabel = (tlp: string) => TLP[tlp as keyof typeof TLP] ?? TLP.amber;

export default function AlertsScreen() {
  const t = useT();
  const { can } = useMe();
  useTitle(t('alerts.title'), t('shell.brand'));
  const alerts = useQuery({ queryKey: ALERTS, queryFn: fetchAlerts, refetchInterval: 15_000 });
  return (
    <section aria-labelledby="alerts-title">
      <div className="page-head">
        <div>
          <h1 id="alerts-title">{t('alerts.title')}</h1>
          <p className="muted">{t('alerts.intro')}</p>
        </div>
      </div>
      {alerts.error && <ProblemNote error={alerts.error} />}
      {!alerts.data && !alerts.error && <p>{t('shell.loading')}</p>}
      {alerts.data && (
        <>
          <Section id="alerts-received" title={t('alerts.received')}>
            <Received data={alerts.data} answer={can('alerts.send')} />
          </Section>
          <Section id="alerts-sent" title={t('alerts.sent')}>
            <Sent data={alerts.data} />
          </Section>
          {can('alerts.send') && (
            <Section id="alerts-send" title={t('alerts.send')}>
              <SendAlert reachable={alerts.data.reachable} />
            </Section>
          )}
        </>
      )}
    </section>
  );
}

function Received({ data, answer }: { data: Alerts; answer: boolean }) {
  const t = useT();
  const locale = useLocale();
  if (data.received.length === 0) return <p className="empty">{t('alerts.noneReceived')}</p>;
  return (
    <ul className="alert-list">
      {data.received.map((a) => (
        <li key={`${a.fromNode} ${a.id}`} className="panel">
          <h3>
            {a.title}{' '}
            <span className={a.openedAt ? 'badge' : 'badge danger'}>
              {a.answeredAt ? t('alerts.answered') : a.openedAt ? t('alerts.opened') : t('alerts.new')}
            </span>
          </h3>
          <p className="muted small">
            {t(kindLabel(a.kind))} · {t('alerts.from', { state: a.fromState })} ·{' '}
            {formatInstant(locale, a.receivedAt)} · {t(tlpLabel(a.tlp))} ·{' '}
            {t('alerts.addressed', { states: a.recipients.join(', ') })}
          </p>
          <ReceivedBody alert={a} answer={answer} />
        </li>
      ))}
    </ul>
  );
}

function ReceivedBody({ alert, answer }: { alert: Alerts['received'][number]; answer: boolean }) {
  const t = useT();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const path = { fromNode: alert.fromNode, id: alert.id };
  const open = useMutation({
    mutationFn: () => call(api.POST('/api/alerts/received/{fromNode}/{id}/open', { params: { path } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ALERTS }),
  });
  const reply = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/alerts/received/{fromNode}/{id}/answer', {
          params: { path },
          body: { text: text.trim() },
        }),
      ),
    onSuccess: async () => {
      setText('');
      await client.invalidateQueries({ queryKey: ALERTS });
    },
  });
  if (!alert.openedAt)
    return (
      <>
        <Button className="primary" isDisabled={open.isPending} onPress={() => open.mutate()}>
          {t('alerts.open', { title: alert.title })}
        </Button>
        <p className="muted small">{t('alerts.openHelp')}</p>
        <ProblemNote error={open.error} />
      </>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!text.trim());
    if (text.trim()) reply.mutate();
  };
  return (
    <>
      <p className="alert-body" dir="auto">
        {alert.body}
      </p>
      {alert.answer ? (
        <p>
          <strong>{t('alerts.yourAnswer')}</strong> <span dir="auto">{alert.answer}</span>
        </p>
      ) : (
        answer && (
          <Form onSubmit={submit} className="form" aria-label={t('alerts.answerTo', { title: alert.title })}>
            <Field
              name="text"
              label={t('alerts.answerLabel')}
              value={text}
              onChange={setText}
              multiline
              required
              missing={missing}
              problem={reply.error}
            />
            <ProblemNote error={reply.error} />
            <Button type="submit" className="secondary" isDisabled={reply.isPending}>
              {t('alerts.answerButton')}
            </Button>
          </Form>
        )
      )}
    </>
  );
}

function Sent({ data }: { data: Alerts }) {
  const t = useT();
  const locale = useLocale();
  if (data.sent.length === 0) return <p className="empty">{t('alerts.noneSent')}</p>;
  const when = (at: string | undefined) => (at ? formatInstant(locale, at) : '—');
  return (
    <>
      {data.sent.map((a) => {
        const count = (rung: 'delivered' | 'opened' | 'answered') =>
          a.recipients.filter((r) => r.receipts[rung] !== undefined).length;
        return (
          <div key={a.id} className="panel">
            <h3>{a.title}</h3>
            <p className="muted small">
              {t(kindLabel(a.kind))} · {formatInstant(locale, a.createdAt)} · {t(tlpLabel(a.tlp))}
            </p>
            <p>
              {t('alerts.ladder', {
                total: a.recipients.length,
                delivered: count('delivered'),
                opened: count('opened'),
                answered: count('answered'),
              })}
            </p>
            <div className="table-scroll">
              <table className="table">
                <caption className="visually-hidden">{t('alerts.recipientsOf', { title: a.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('alerts.state')}</th>
                    <th scope="col">{t('alerts.rung.accepted')}</th>
                    <th scope="col">{t('alerts.rung.delivered')}</th>
                    <th scope="col">{t('alerts.rung.opened')}</th>
                    <th scope="col">{t('alerts.rung.answered')}</th>
                    <th scope="col">{t('alerts.answer')}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.recipients.map((r) => (
                    <tr key={r.peer}>
                      <th scope="row">{r.state}</th>
                      <td>
                        {r.delivery === 'rejected' ? (
                          <span className="badge danger">{t('alerts.refused')}</span>
                        ) : r.receipts.accepted ? (
                          when(r.receipts.accepted)
                        ) : (
                          t('alerts.waiting')
                        )}
                      </td>
                      <td>{when(r.receipts.delivered)}</td>
                      <td>{when(r.receipts.opened)}</td>
                      <td>{when(r.receipts.answered)}</td>
                      <td dir="auto">{r.answer ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </>
  );
}

function SendAlert({ reachable }: { reachable: Alerts['reachable'] }) {
  const t = useT();
  const client = useQueryClient();
  const [kind, setKind] = useState<'alert' | 'spontaneous_information'>('alert');
  const [tlp, setTlp] = useState<'clear' | 'green' | 'amber'>('green');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [states, setStates] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const alert = useMutation({
    mutationFn: () =>
      call(api.POST('/api/alerts', { body: { kind, tlp, title: title.trim(), body: body.trim(), states } })),
    onSuccess: async () => {
      setTitle('');
      setBody('');
      setStates([]);
      await client.invalidateQueries({ queryKey: ALERTS });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = !title.trim() || !body.trim() || states.length === 0;
    setMissing(incomplete);
    if (!incomplete) alert.mutate();
  };
  if (reachable.length === 0) return <p className="empty">{t('alerts.noPeers')}</p>;
  return (
    <Form onSubmit={submit} className="form" aria-label={t('alerts.send')}>
      {alert.isSuccess && (
        <p className="done" role="status">
          {t('alerts.queued', { count: alert.data.recipients.length })}
        </p>
      )}
      <Choice
        name="kind"
        label={t('alerts.kind')}
        value={kind}
        onChange={(v) => setKind(v as typeof kind)}
        options={[
          { id: 'alert', label: t(KIND.alert) },
          { id: 'spontaneous_information', label: t(KIND.spontaneous_information) },
        ]}
        required
      />
      <Choice
        name="tlp"
        label={t('alerts.tlp')}
        value={tlp}
        onChange={(v) => setTlp(v as typeof tlp)}
        options={[
          { id: 'clear', label: t(TLP.clear) },
          { id: 'green', label: t(TLP.green) },
          { id: 'amber', label: t(TLP.amber) },
        ]}
        required
      />
      <Field
        name="title"
        label={t('alerts.titleLabel')}
        value={title}
        onChange={setTitle}
        required
        missing={missing && !title.trim()}
        problem={alert.error}
      />
      <Field
        name="body"
        label={t('alerts.bodyLabel')}
        value={body}
        onChange={setBody}
        multiline
        required
        missing={missing && !body.trim()}
        problem={alert.error}
      />
      <fieldset className="rows states">
        <legend>{t('alerts.states')}</legend>
        {reachable.map((r) => (
          <Tick
            key={r.state}
            label={r.state}
            checked={states.includes(r.state)}
            onChange={(on) => setStates((s) => (on ? [...s, r.state] : s.filter((x) => x !== r.state)))}
          />
        ))}
        {missing && states.length === 0 && (
          <p className="problem" role="alert">
            {t('alerts.statesMissing')}
          </p>
        )}
      </fieldset>
      <ProblemNote error={alert.error} />
      <Button type="submit" className="primary" isDisabled={alert.isPending}>
        {t('alerts.sendButton', { count: states.length })}
      </Button>
    </Form>
  );
}
