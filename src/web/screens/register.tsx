/**
 * The register: the States this node knows — its own and those it cooperates with — each with
 * its node's address, the languages it accepts requests in and the treaties it applies; adding
 * a State (administrators). Each State's page holds its authorities, contacts and rosters.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, lazy, Suspense, useMemo, useState } from 'react';
import { Button, Form, Link, ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useLocation } from 'wouter';
import { api, call } from '../api/client';
import { allRequests } from '../api/requests';
import { useNode, usePeers } from '../api/queries';
import { Field } from '../components/fields';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { LanguagesField, NodeUrlField } from '../components/register/fields';
import { Section } from '../components/section';
import { useLocale, useT } from '../i18n/i18n';
import { type Measure, measureOf, openRequestsByState, withBacklog } from '../lib/cooperation';
import { formatCount, formatList, splitList } from '../lib/format';

const CooperationMap = lazy(() => import('../components/register/cooperation-map'));

export default function Register() {
  const t = useT();
  const locale = useLocale();
  const { can } = useMe();
  const node = useNode();
  useTitle(t('register.title'), t('shell.brand'));
  const states = useQuery({
    queryKey: ['register', 'states'],
    queryFn: () => call(api.GET('/api/register/states')),
  });
  const own = node.data?.identity?.stateCode;
  return (
    <section aria-labelledby="register-title">
      <div className="page-head">
        <h1 id="register-title">{t('register.title')}</h1>
      </div>
      <ProblemNote error={states.error} />
      <Section id="cooperation" title={t('map.title')}>
        <Cooperation names={new Map((states.data ?? []).map((s) => [s.code, s.name]))} />
      </Section>
      {states.data && states.data.length === 0 && <p className="empty">{t('register.empty')}</p>}
      {states.data && states.data.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('register.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('register.state')}</th>
              <th scope="col">{t('register.code')}</th>
              <th scope="col">{t('register.nodeUrl')}</th>
              <th scope="col">{t('register.languages')}</th>
              <th scope="col">{t('register.regimes')}</th>
            </tr>
          </thead>
          <tbody>
            {states.data.map((s) => (
              <tr key={s.code}>
                <th scope="row">
                  <Link href={`/register/${s.code}`}>{s.name}</Link>
                  {s.code === own && <span className="tag ok">{t('register.ours')}</span>}
                </th>
                <td>
                  <code>{s.code}</code>
                </td>
                <td dir="ltr">{s.nodeUrl ? <code className="wrap">{s.nodeUrl}</code> : '—'}</td>
                <td>{s.languages.length > 0 ? formatList(locale, s.languages) : '—'}</td>
                <td>{s.regimes.length > 0 ? formatList(locale, s.regimes) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can('register.write') && (
        <Section id="new-state" title={t('register.newState')}>
          <NewState />
        </Section>
      )}
    </section>
  );
}

function NewState() {
  const t = useT();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [nodeUrl, setNodeUrl] = useState('');
  const [languages, setLanguages] = useState('');
  const [missing, setMissing] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/register/states', {
          body: {
            code: code.trim().toUpperCase(),
            name: name.trim(),
            ...(nodeUrl.trim() ? { nodeUrl: nodeUrl.trim() } : {}),
            languages: splitList(languages),
          },
        }),
      ),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ['register'] });
      navigate(`/register/${created.code}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = !code.trim() || !name.trim();
    setMissing(incomplete);
    if (!incomplete) create.mutate();
  };
  return (
    <Form onSubmit={submit} className="form" aria-label={t('register.newState')}>
      <Field
        name="code"
        label={t('register.code')}
        description={t('register.codeHelp')}
        value={code}
        onChange={setCode}
        required
        missing={missing && !code.trim()}
        problem={create.error}
      />
      <Field
        name="name"
        label={t('register.name')}
        value={name}
        onChange={setName}
        required
        missing={missing && !name.trim()}
        problem={create.error}
      />
      <NodeUrlField value={nodeUrl} onChange={setNodeUrl} problem={create.error} />
      <LanguagesField value={languages} onChange={setLanguages} problem={create.error} />
      <ProblemNote error={create.error} />
      <Button type="submit" className="primary" isDisabled={create.isPending}>
        {t('register.addState')}
      </Button>
    </Form>
  );
}

/**
 * The map of open requests per State, and the same numbers as a table; for those who watch the
 * federation, the map can be coloured by the messages waiting for delivery to each State instead.
 */
function Cooperation({ names }: { names: ReadonlyMap<string, string> }) {
  const t = useT();
  const locale = useLocale();
  const { can } = useMe();
  const watchesFederation = can('federation.read');
  const [measure, setMeasure] = useState<Measure>('open');
  const requests = useQuery({ queryKey: ['requests'], queryFn: allRequests });
  const peers = usePeers({ enabled: watchesFederation });
  const cooperation = useMemo(() => {
    const open = openRequestsByState(requests.data ?? []);
    return peers.data ? withBacklog(open, peers.data.peers) : open;
  }, [requests.data, peers.data]);
  if (requests.error) return <ProblemNote error={requests.error} />;
  if (!requests.data) return <p>{t('shell.loading')}</p>;
  const backlogKnown = peers.data !== undefined;
  const rows = [...cooperation.values()].sort(
    (a, b) =>
      measureOf(b, measure) - measureOf(a, measure) || b.open - a.open || a.state.localeCompare(b.state),
  );
  return (
    <>
      {backlogKnown && (
        <ToggleButtonGroup
          className="view-switch"
          aria-label={t('map.colourBy')}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[measure]}
          onSelectionChange={(keys) => setMeasure([...keys][0] === 'backlog' ? 'backlog' : 'open')}
        >
          <ToggleButton id="open">{t('map.legend')}</ToggleButton>
          <ToggleButton id="backlog">{t('map.legendBacklog')}</ToggleButton>
        </ToggleButtonGroup>
      )}
      <ProblemNote error={peers.error} />
      <Suspense fallback={<p>{t('map.loading')}</p>}>
        <CooperationMap cooperation={cooperation} names={names} measure={measure} />
      </Suspense>
      {rows.length === 0 ? (
        <p className="empty">{t('map.none')}</p>
      ) : (
        <table className="table">
          <caption>{t('map.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('register.state')}</th>
              <th scope="col">{t('map.sent')}</th>
              <th scope="col">{t('map.received')}</th>
              <th scope="col">{t('map.open')}</th>
              {backlogKnown && <th scope="col">{t('map.legendBacklog')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.state}>
                <th scope="row">
                  <Link href={`/register/${c.state}`}>{names.get(c.state) ?? c.state}</Link>{' '}
                  <code>{c.state}</code>
                </th>
                <td>{formatCount(locale, c.sent)}</td>
                <td>{formatCount(locale, c.received)}</td>
                <td>{formatCount(locale, c.open)}</td>
                {backlogKnown && <td>{formatCount(locale, c.backlog ?? 0)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
