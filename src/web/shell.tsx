/**
 * The console around every screen: who is signed in (and signing in when nobody is, or again
 * over the current screen when a session expires, so nothing typed is lost), the forced password
 * change, navigation, language, arrival alerts, and the screens by URL.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Button, Dialog, Heading, Modal, RouterProvider } from 'react-aria-components';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { api, call, onSessionExpired, setCsrfToken } from './api/client';
import { subscribe } from './api/live';
import { LanguagePicker } from './components/language-picker';
import { lazyScreen } from './components/lazy-screen';
import { MeProvider, useMe } from './components/me';
import { Announcer, useAnnounce } from './components/announcer';
import { takeChoiceBeforeSignIn, useLanguage, useT } from './i18n/i18n';
import { isLanguage } from './i18n/languages';
import { playArrivalTone } from './lib/tone';
import { ChangePassword } from './screens/change-password';
import { SignIn } from './screens/sign-in';

const Desk = lazyScreen(() => import('./screens/desk'));
const RequestPage = lazyScreen(() => import('./screens/request'));
const Cases = lazyScreen(() => import('./screens/cases'));
const CasePage = lazyScreen(() => import('./screens/case'));
const Composer = lazyScreen(() => import('./screens/composer'));
const Notifications = lazyScreen(() => import('./screens/notifications'));
const Audit = lazyScreen(() => import('./screens/audit'));
const Users = lazyScreen(() => import('./screens/users'));
const UserPage = lazyScreen(() => import('./screens/user'));
const Account = lazyScreen(() => import('./screens/account'));
const Federation = lazyScreen(() => import('./screens/federation'));
const Incidents = lazyScreen(() => import('./screens/incidents'));
const IncidentPage = lazyScreen(() => import('./screens/incident'));
const Correlation = lazyScreen(() => import('./screens/correlation'));
const NodeAdmin = lazyScreen(() => import('./screens/node-admin'));
const Taxii = lazyScreen(() => import('./screens/taxii'));
const Misp = lazyScreen(() => import('./screens/misp'));
const Directories = lazyScreen(() => import('./screens/directories'));
const AlertsScreen = lazyScreen(() => import('./screens/alerts'));
const Register = lazyScreen(() => import('./screens/register'));
const RegisterState = lazyScreen(() => import('./screens/register-state'));
// The desk is where an officer lands: its code is fetched while the session is being checked,
// not after, which takes a round trip off the first screen at 03:00.
if (window.location.pathname === '/' || window.location.pathname.startsWith('/desk')) void Desk.preload();

export function Shell() {
  const t = useT();
  const client = useQueryClient();
  const { setLanguage } = useLanguage();
  const me = useQuery({
    queryKey: ['me'],
    queryFn: () => call(api.GET('/api/auth/me'), { login: true }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [expired, setExpired] = useState(false);
  useEffect(() => onSessionExpired(() => setExpired(true)), []);
  useEffect(() => {
    if (me.data) setCsrfToken(me.data.csrfToken);
    if (!me.data) return;
    // A language picked on the sign-in page is the person's choice: keep it on their account.
    const picked = takeChoiceBeforeSignIn();
    if (picked && picked !== me.data.user.language)
      void call(api.PUT('/api/auth/language', { body: { language: picked } })).catch(() => undefined);
    else if (isLanguage(me.data.user.language)) setLanguage(me.data.user.language);
  }, [me.data, setLanguage]);

  const signedIn = useCallback(
    async (csrfToken: string) => {
      setCsrfToken(csrfToken);
      setExpired(false);
      await client.invalidateQueries();
    },
    [client],
  );

  if (me.isPending) return <p className="splash">{t('shell.loading')}</p>;
  if (!me.data) return <SignIn onSignedIn={signedIn} />;
  if (me.data.user.mustChangePassword)
    return <ChangePassword onChanged={() => void client.invalidateQueries({ queryKey: ['me'] })} />;
  return (
    <Announcer>
      <MeProvider me={me.data}>
        <SignedIn />
      </MeProvider>
      <Modal isOpen={expired} isDismissable={false} className="modal">
        <Dialog aria-labelledby="expired-title">
          <Heading slot="title" id="expired-title">
            {t('shell.sessionExpired')}
          </Heading>
          <p>{t('shell.sessionExpiredHelp')}</p>
          <SignIn embedded onSignedIn={signedIn} />
        </Dialog>
      </Modal>
    </Announcer>
  );
}

const ALERTS = 'comity.alerts';

function SignedIn() {
  const t = useT();
  const { user, can } = useMe();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const announce = useAnnounce();
  const [sound, setSound] = useState(() => localStorage.getItem(ALERTS) !== 'off');
  const [arrived, setArrived] = useState<string | null>(null);
  // The stream is opened once per person; the sound setting and the words are read when an event comes.
  const soundRef = useRef(sound);
  soundRef.current = sound;
  const tRef = useRef(t);
  tRef.current = t;
  useEffect(
    () =>
      subscribe(client, (change) => {
        if (change.kind === 'request' && change.action === 'request.arrival_alerted') {
          setArrived(change.id);
          announce(tRef.current('shell.arrival'));
          if (soundRef.current) playArrivalTone();
        }
      }),
    [client, announce],
  );
  const toggleSound = () => {
    localStorage.setItem(ALERTS, sound ? 'off' : 'on');
    setSound(!sound);
  };
  const signOut = async () => {
    await call(api.POST('/api/auth/logout')).catch(() => undefined);
    setCsrfToken(null);
    client.clear();
    navigate('/');
    window.location.reload();
  };
  const isDesk =
    can('requests.act') &&
    user.roles.some((r) => ['poc_officer', 'central_authority', 'prosecutor'].includes(r));
  // Auditors and data-protection officers work on the trail; they start there.
  const home = isDesk
    ? '/desk'
    : user.roles.every((r) => r === 'auditor' || r === 'dpo') && can('audit.read')
      ? '/audit'
      : // A CERT analyst works on incidents.
        user.roles.includes('analyst') && can('incidents.read')
        ? '/incidents'
        : '/cases';
  return (
    <RouterProvider navigate={navigate}>
      <a className="skip" href="#main">
        {t('shell.skip')}
      </a>
      <header className="bar">
        <span className="brand">{t('shell.brand')}</span>
        <nav aria-label={t('shell.navigation')}>
          <ul>
            {isDesk && (
              <li>
                <Link href="/desk">{t('nav.desk')}</Link>
              </li>
            )}
            <li>
              <Link href="/cases">{t('nav.cases')}</Link>
            </li>
            {can('incidents.read') && (
              <li>
                <Link href="/incidents">{t('nav.incidents')}</Link>
              </li>
            )}
            {can('observables.lookup') && (
              <li>
                <Link href="/correlation">{t('nav.correlation')}</Link>
              </li>
            )}
            {(can('stix.read') || can('taxii.subscriptions.read')) && (
              <li>
                <Link href="/taxii">{t('nav.taxii')}</Link>
              </li>
            )}
            {(can('stix.read') || can('misp.feeds.pull')) && (
              <li>
                <Link href="/misp-events">{t('nav.misp')}</Link>
              </li>
            )}
            {can('alerts.read') && (
              <li>
                <Link href="/alerts">{t('nav.alerts')}</Link>
              </li>
            )}
            <li>
              <Link href="/notifications">{t('nav.notifications')}</Link>
            </li>
            <li>
              <Link href="/register">{t('nav.register')}</Link>
            </li>
            {can('audit.read') && (
              <li>
                <Link href="/audit">{t('nav.audit')}</Link>
              </li>
            )}
            {can('federation.read') && (
              <li>
                <Link href="/peers">{t('nav.federation')}</Link>
              </li>
            )}
            {can('federation.read') && (
              <li>
                <Link href="/directories">{t('nav.directories')}</Link>
              </li>
            )}
            {can('users.list') && (
              <li>
                <Link href="/admin/users">{t('nav.users')}</Link>
              </li>
            )}
            {can('node.configuration') && (
              <li>
                <Link href="/admin/node">{t('nav.node')}</Link>
              </li>
            )}
          </ul>
        </nav>
        <div className="bar-tools">
          <Button className="toggle" onPress={toggleSound} aria-pressed={sound}>
            {sound ? t('shell.soundOn') : t('shell.soundOff')}
          </Button>
          <LanguagePicker persist />
          <Link className="who" href="/account">
            {user.displayName}
            <span className="visually-hidden"> — {t('account.title')}</span>
          </Link>
          <Button className="link-button" onPress={() => void signOut()}>
            {t('shell.signOut')}
          </Button>
        </div>
      </header>
      {arrived && (
        <div className="arrival" role="status">
          <span>{t('shell.arrival')}</span>
          <Link href={`/requests/${arrived}`}>{t('shell.openArrival')}</Link>
          <Button className="link-button" onPress={() => setArrived(null)}>
            {t('common.dismiss')}
          </Button>
        </div>
      )}
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p>{t('shell.loading')}</p>}>
          <Switch>
            <Route path="/">
              <Redirect to={home} />
            </Route>
            <Route path="/desk">
              <Desk />
            </Route>
            <Route path="/requests/:id">{(params) => <RequestPage id={params.id} />}</Route>
            <Route path="/cases">
              <Cases />
            </Route>
            <Route path="/cases/:id/compose">{(params) => <Composer caseId={params.id} />}</Route>
            <Route path="/cases/:id">{(params) => <CasePage id={params.id} />}</Route>
            <Route path="/incidents">
              <Incidents />
            </Route>
            <Route path="/incidents/:id">{(params) => <IncidentPage id={params.id} />}</Route>
            <Route path="/correlation">
              <Correlation />
            </Route>
            <Route path="/taxii">
              <Taxii />
            </Route>
            <Route path="/misp-events">
              <Misp />
            </Route>
            <Route path="/directories">
              <Directories />
            </Route>
            <Route path="/alerts">
              <AlertsScreen />
            </Route>
            <Route path="/notifications">
              <Notifications />
            </Route>
            <Route path="/audit">
              <Audit />
            </Route>
            <Route path="/register">
              <Register />
            </Route>
            <Route path="/register/:code">{(params) => <RegisterState code={params.code} />}</Route>
            <Route path="/admin/node">
              <NodeAdmin />
            </Route>
            <Route path="/admin/users">
              <Users />
            </Route>
            <Route path="/peers">
              <Federation />
            </Route>
            <Route path="/account">
              <Account />
            </Route>
            <Route path="/admin/users/:id">{(params) => <UserPage id={params.id} />}</Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </Suspense>
      </main>
    </RouterProvider>
  );
}

function NotFound(): ReactNode {
  const t = useT();
  return (
    <section>
      <h1>{t('shell.notFound')}</h1>
      <Link href="/">{t('shell.home')}</Link>
    </section>
  );
}
