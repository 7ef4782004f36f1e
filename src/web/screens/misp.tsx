/**
 * MISP, for the analyst whose CERT runs MISP or PyMISP scripts: where to point PyMISP and with
 * which key, a MISP event file dropped here and its report, a MISP feed pulled by an
 * administrator with its progress, and every import so far with its report.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { api, call } from '../api/client';
import type { Get } from '../api/types';
import { Address } from '../components/address';
import { useTitle } from '../components/hooks';
import { useMe } from '../components/me';
import { EventUpload } from '../components/misp/event-upload';
import { FeedPull } from '../components/misp/feed-pull';
import { Imports } from '../components/misp/imports';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { useLocale, useT } from '../i18n/i18n';
import { formatBytes } from '../lib/format';

export default function Misp() {
  const t = useT();
  const { can } = useMe();
  useTitle(t('misp.title'), t('shell.brand'));
  const reads = can('stix.read');
  const overview = useQuery({
    queryKey: ['misp'],
    queryFn: () => call(api.GET('/api/misp')),
    enabled: reads,
  });
  return (
    <section aria-labelledby="misp-title">
      <div className="page-head">
        <h1 id="misp-title">{t('misp.title')}</h1>
      </div>
      <p className="muted">{t('misp.intro')}</p>
      {reads && <ProblemNote error={overview.error} />}
      {overview.data && (
        <Section id="misp-connect" title={t('misp.connect')}>
          <Connect overview={overview.data} />
        </Section>
      )}
      {can('stix.write') && (
        <Section id="misp-upload" title={t('misp.uploadTitle')}>
          <EventUpload />
        </Section>
      )}
      {can('misp.feeds.pull') && (
        <Section id="misp-feeds" title={t('misp.feeds')}>
          <FeedPull />
        </Section>
      )}
      {reads && (
        <Section id="misp-imports" title={t('misp.imports')}>
          <Imports />
        </Section>
      )}
    </section>
  );
}

function Connect({ overview }: { overview: Get<'/api/misp'> }) {
  const t = useT();
  const locale = useLocale();
  return (
    <dl className="facts-list">
      <dt>{t('misp.apiUrl')}</dt>
      <dd>
        <Address url={overview.apiUrl} label={t('misp.apiUrl')} />
      </dd>
      <dt>{t('misp.key')}</dt>
      <dd>
        <p>{t('misp.keyHelp')}</p>
        <Link href="/account#account-tokens">{t('taxii.tokens')}</Link>
      </dd>
      <dt>{t('misp.example')}</dt>
      <dd>
        <pre dir="ltr" className="code-block">
          <code>{`from pymisp import PyMISP\nmisp = PyMISP('${overview.apiUrl.replace(/\/misp\/$/, '/misp')}', '<API token>')\nmisp.search(controller='attributes', value='203.0.113.45')`}</code>
        </pre>
      </dd>
      <dt>{t('misp.largest')}</dt>
      <dd>{formatBytes(locale, overview.maxContentLength)}</dd>
    </dl>
  );
}
