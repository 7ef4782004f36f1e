/**
 * TAXII, for the analyst who connects a CERT's tools to the node: the address to give a TAXII
 * client and how it signs in, the collections this person sees (each with the address to copy
 * and what they may do there), and what their tools posted in the days statuses are kept —
 * each post with its outcome, and every refused object with the reason.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { api, call } from '../api/client';
import type { Get } from '../api/types';
import { Address } from '../components/address';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { Subscriptions } from '../components/taxii/subscriptions';
import { useLocale, useT } from '../i18n/i18n';
import { formatBytes, formatCount, formatInstant } from '../lib/format';

type Overview = Get<'/api/taxii'>;
type Collection = Overview['collections'][number];
type Post = Get<'/api/taxii/posts'>[number];

const KIND_NAMES = {
  public: 'taxii.kind.public',
  community: 'taxii.kind.community',
  inbox: 'taxii.kind.inbox',
} as const;
const HOLDS = {
  public: 'taxii.holds.public',
  community: 'taxii.holds.community',
  inbox: 'taxii.holds.inbox',
  incident: 'taxii.holds.incident',
} as const;

export default function Taxii() {
  const t = useT();
  const { can } = useMe();
  useTitle(t('taxii.title'), t('shell.brand'));
  const reads = can('stix.read');
  const overview = useQuery({
    queryKey: ['taxii'],
    queryFn: () => call(api.GET('/api/taxii')),
    enabled: reads,
  });
  return (
    <section aria-labelledby="taxii-title">
      <div className="page-head">
        <h1 id="taxii-title">{t('taxii.title')}</h1>
      </div>
      <p className="muted">{t('taxii.intro')}</p>
      {reads && <ProblemNote error={overview.error} />}
      {reads && !overview.data && !overview.error && <p>{t('shell.loading')}</p>}
      {overview.data && (
        <>
          <Section id="taxii-connect" title={t('taxii.connect')}>
            <Connect overview={overview.data} />
          </Section>
          <Section id="taxii-collections" title={t('taxii.collections')}>
            <Collections collections={overview.data.collections} />
          </Section>
          <Section id="taxii-posts" title={t('taxii.posts')}>
            <Posts days={overview.data.statusDays} collections={overview.data.collections} />
          </Section>
        </>
      )}
      {can('taxii.subscriptions.read') && (
        <Section id="taxii-subscriptions" title={t('subscriptions.sectionTitle')}>
          <Subscriptions />
        </Section>
      )}
    </section>
  );
}

function Connect({ overview }: { overview: Overview }) {
  const t = useT();
  const locale = useLocale();
  const { user } = useMe();
  return (
    <dl className="facts-list">
      <dt>{t('taxii.discovery')}</dt>
      <dd>
        <Address url={overview.discoveryUrl} label={t('taxii.discovery')} />
      </dd>
      <dt>{t('taxii.apiRoot')}</dt>
      <dd>
        <Address url={overview.apiRootUrl} label={t('taxii.apiRoot')} />
      </dd>
      <dt>{t('taxii.signIn')}</dt>
      <dd>
        <p>
          {overview.basicAllowed
            ? t('taxii.signInBasic', { username: user.username })
            : t('taxii.signInSecondFactor')}
        </p>
        <Link href="/account#account-tokens">{t('taxii.tokens')}</Link>
      </dd>
      <dt>{t('taxii.largest')}</dt>
      <dd>{formatBytes(locale, overview.maxContentLength)}</dd>
    </dl>
  );
}

function CollectionName({ collection }: { collection: Collection }) {
  const t = useT();
  if (collection.kind !== 'incident') return <>{t(KIND_NAMES[collection.kind])}</>;
  const name = t('taxii.kind.incident', { title: collection.incidentTitle ?? collection.alias });
  return collection.incidentId ? <Link href={`/incidents/${collection.incidentId}`}>{name}</Link> : name;
}

function Collections({ collections }: { collections: Overview['collections'] }) {
  const t = useT();
  if (collections.length === 0) return <p className="empty">{t('taxii.noCollections')}</p>;
  return (
    <>
      <p className="muted">{t('taxii.collectionsHelp')}</p>
      <div className="table-scroll">
        <table className="table taxii-table">
          <caption className="visually-hidden">{t('taxii.collections')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('taxii.collection')}</th>
              <th scope="col">{t('taxii.holds')}</th>
              <th scope="col">{t('taxii.youMay')}</th>
              <th scope="col">{t('taxii.address')}</th>
            </tr>
          </thead>
          <tbody>
            {collections.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <CollectionName collection={c} />
                  <br />
                  <code dir="ltr" className="muted">
                    {c.alias}
                  </code>
                </th>
                <td>{t(HOLDS[c.kind])}</td>
                <td>
                  {c.canWrite ? t('taxii.readWrite') : c.canRead ? t('taxii.readOnly') : t('taxii.writeOnly')}
                </td>
                <td>
                  <Address url={c.objectsUrl} label={c.alias} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Posts({ days, collections }: { days: number; collections: Overview['collections'] }) {
  const t = useT();
  const posts = useQuery({ queryKey: ['taxii', 'posts'], queryFn: () => call(api.GET('/api/taxii/posts')) });
  if (posts.error) return <ProblemNote error={posts.error} />;
  if (!posts.data) return <p>{t('shell.loading')}</p>;
  return (
    <>
      <p className="muted">{t('taxii.postsHelp', { days })}</p>
      {posts.data.length === 0 ? (
        <p className="empty">{t('taxii.noPosts')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table taxii-table">
            <caption className="visually-hidden">{t('taxii.posts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('taxii.when')}</th>
                <th scope="col">{t('taxii.collection')}</th>
                <th scope="col">{t('taxii.objects')}</th>
                <th scope="col">{t('taxii.stored')}</th>
                <th scope="col">{t('taxii.refused')}</th>
              </tr>
            </thead>
            <tbody>
              {posts.data.map((post) => (
                <PostRow key={post.id} post={post} collections={collections} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function PostRow({ post, collections }: { post: Post; collections: Overview['collections'] }) {
  const t = useT();
  const locale = useLocale();
  const collection = collections.find((c) => c.id === post.collectionId);
  const total = post.successes.length + post.failures.length + post.pendings.length;
  return (
    <tr>
      <th scope="row">{formatInstant(locale, post.requestTimestamp)}</th>
      <td>{collection ? <CollectionName collection={collection} /> : t('taxii.goneCollection')}</td>
      <td>{formatCount(locale, total)}</td>
      <td>{formatCount(locale, post.successes.length)}</td>
      <td>
        {post.failures.length === 0 ? (
          formatCount(locale, 0)
        ) : (
          <details>
            <summary>{t('taxii.refusedCount', { count: post.failures.length })}</summary>
            <ul className="plain">
              {post.failures.map((f, i) => (
                // The same object may be refused twice in one post (two versions): keyed by place.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
                <li key={i}>
                  <code dir="ltr">{f.id}</code>
                  {/* The importer's reasons are the node's own words, in English: a line of their own, so
                      the identifier and the reason never run into each other in a right-to-left page. */}
                  {f.message && (
                    <div lang="en" dir="ltr" className="muted">
                      {f.message}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </tr>
  );
}
