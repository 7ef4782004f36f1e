/**
 * One incident: its facts and marking, its objects (table or graph) and adding to them by hand
 * or by dropping a bundle, sharing with other States after a preview, the record of what was
 * shared and delivered, the originator's consents to pass a received incident on, the requests
 * that cite it, and its timeline.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { api, call } from '../api/client';
import { useNode, usePeople } from '../api/queries';
import { useTitle } from '../components/hooks';
import { AddObject } from '../components/incident/add-object';
import { BundleUpload } from '../components/incident/bundle-upload';
import { IncidentObjects } from '../components/incident/objects';
import { OnwardConsents } from '../components/incident/onward-consents';
import { ShareIncident } from '../components/incident/share';
import { IncidentShares } from '../components/incident/shares';
import { AddNote, Timeline } from '../components/incident/timeline';
import { TlpTag } from '../components/incident/tlp-tag';
import { useMe } from '../components/me';
import { ProblemNote } from '../components/problem';
import { Section } from '../components/section';
import { useLocale, useT } from '../i18n/i18n';
import { term } from '../i18n/terms';
import { writeFilters } from '../lib/audit-filters';
import { formatInstant, formatList } from '../lib/format';

export default function IncidentPage({ id }: { id: string }) {
  const t = useT();
  const locale = useLocale();
  const { can, user } = useMe();
  const node = useNode();
  const people = usePeople(user.authorityId);
  const incident = useQuery({
    queryKey: ['incident', id],
    queryFn: () => call(api.GET('/api/incidents/{id}', { params: { path: { id } } })),
  });
  useTitle(incident.data?.title ?? t('incidents.title'), t('shell.brand'));
  if (incident.error) return <ProblemNote error={incident.error} />;
  if (!incident.data) return <p>{t('shell.loading')}</p>;
  const i = incident.data;
  return (
    <article aria-labelledby="incident-title">
      <div className="page-head">
        <div>
          <p className="crumbs">
            <Link href="/incidents">{t('incidents.title')}</Link>
          </p>
          <h1 id="incident-title" className="prose">
            {i.title}
          </h1>
          <p className="facts">
            <TlpTag markings={i.markings} />
            <span className="status-pill">{term(t, 'incidentStatus', i.status)}</span>
            {can('stix.read') && (
              // A plain link: the browser saves the node's answer (a GET needs no CSRF token).
              <a
                href={`/api/stix/bundles?incident=${encodeURIComponent(i.id)}`}
                download={`incident-${i.id}.json`}
              >
                {t('incidents.export')}
              </a>
            )}
            {can('audit.read') && (
              <Link
                href={`/audit?${writeFilters({ order: 'oldest', subjectType: 'incident', subjectId: i.id })}`}
              >
                {t('audit.trailLink')}
              </Link>
            )}
          </p>
        </div>
      </div>
      <dl className="facts-list">
        <dt>{t('incidents.legalBasis')}</dt>
        <dd>{term(t, 'sharingBasis', i.legalBasis)}</dd>
        <dt>{t('incidents.affectedStates')}</dt>
        <dd>{i.affectedStates.length > 0 ? formatList(locale, i.affectedStates) : '—'}</dd>
        <dt>{t('incidents.sectors')}</dt>
        <dd>{i.sectors.length > 0 ? formatList(locale, i.sectors) : '—'}</dd>
        <dt>{t('incidents.origin')}</dt>
        <dd>
          {i.receivedFrom ? t('incidents.receivedFrom', { state: i.originState }) : t('incidents.local')}{' '}
          <span dir="ltr">({i.originNode})</span>
        </dd>
        <dt>{t('incidents.assignees')}</dt>
        <dd>
          {i.assignees.length > 0
            ? formatList(
                locale,
                i.assignees.map((a) => people.find((p) => p.id === a)?.displayName ?? a),
              )
            : '—'}
        </dd>
        {i.caseId && (
          <>
            <dt>{t('incidents.case')}</dt>
            <dd>
              <Link href={`/cases/${i.caseId}`}>{t('incidents.openCase')}</Link>
            </dd>
          </>
        )}
        <dt>{t('cases.updated')}</dt>
        <dd>{formatInstant(locale, i.updatedAt)}</dd>
      </dl>
      <Section id="objects" title={t('objects.title')}>
        <IncidentObjects incidentId={i.id} />
      </Section>
      {can('incidents.write') && (
        <Section id="add" title={t('addObject.title')}>
          <AddObject incidentId={i.id} incidentStixId={i.stixId} />
          <h3>{t('bundle.title')}</h3>
          <BundleUpload incidentId={i.id} />
        </Section>
      )}
      {can('incidents.share') && (
        <Section id="share" title={t('share.title')}>
          <ShareIncident incidentId={i.id} ownState={node.data?.identity?.stateCode ?? null} />
        </Section>
      )}
      <Section id="shares" title={t('shares.title')}>
        <IncidentShares incidentId={i.id} />
      </Section>
      {i.receivedFrom && (
        <Section id="onward" title={t('onward.title')}>
          <OnwardConsents incidentId={i.id} originState={i.originState} consents={i.onwardConsents} />
        </Section>
      )}
      {i.requests.length > 0 && (
        <Section id="requests" title={t('incidents.requests')}>
          <ul>
            {i.requests.map((r) => (
              <li key={r.requestId}>
                <Link href={`/requests/${r.requestId}`}>
                  {t('incidents.request', { id: r.requestId.slice(0, 8) })}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="timeline" title={t('timeline.title')}>
        <Timeline entries={i.timeline} />
        {can('incidents.write') && <AddNote incidentId={i.id} />}
      </Section>
    </article>
  );
}
