/**
 * Correlation alerts: when a subject's observable (a STIX object's, or a request's cited data)
 * is also carried by a subject from another source — a local incident or request against a
 * peer's shared object, or two peers' objects — an alert is raised once per pair, written to
 * the timeline of every incident holding either side, and the incidents' assignees (else the
 * node's analysts) are told by e-mail, and webhooks by `sharing.correlation`. Alerts name
 * subjects and sources only, never the other object's content. Warning-listed values raise none.
 */
import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../../core/audit/chain.js';
import type { ObservableKey } from '../../core/sharing/observables/normalise.js';
import { warningFor } from '../../core/sharing/observables/warning-lists.js';
import type { Tx } from '../../storage/database.js';
import { incidentsHolding } from '../../storage/sharing/incident-rows.js';
import { matchesForMany, matchKey } from '../../storage/sharing/observable-matches.js';
import { addTimelineEntry } from '../../storage/sharing/timeline.js';
import type { IndexedObservable } from '../../storage/sharing/types.js';
import { queueEmail, queueWebhookEvent } from '../notifications/queue.js';

export interface CorrelationSubject {
  readonly type: 'stix' | 'request';
  readonly id: string;
  /** 'local' or the peer it came from. */
  readonly source: string;
  readonly observables: readonly IndexedObservable[];
}

export async function correlate(
  tx: Tx,
  now: Date,
  subjects: readonly CorrelationSubject[],
): Promise<AuditEntry[]> {
  const audit: AuditEntry[] = [];
  // Values on a warning list (private ranges, documentation prefixes, example domains,
  // empty-file hashes) are everywhere and mean nothing: they are found, never alerted on.
  const alertable = (o: IndexedObservable) => warningFor(o as ObservableKey) === undefined;
  // Every value's matches read up front, a few hundred values per query: a bundle of a hundred
  // thousand objects is a few hundred reads, not a hundred thousand.
  const matches = await matchesForMany(
    tx,
    subjects.flatMap((s) => s.observables.filter(alertable)),
  );
  for (const subject of subjects) {
    for (const observable of subject.observables) {
      if (!alertable(observable)) continue;
      for (const match of matches.get(matchKey(observable)) ?? []) {
        if (match.subjectId === subject.id || match.source === subject.source || match.revoked) continue;
        const raised = await raise(tx, now, subject, observable, match);
        if (raised) audit.push(raised);
      }
    }
  }
  return audit;
}

async function raise(
  tx: Tx,
  now: Date,
  subject: CorrelationSubject,
  observable: IndexedObservable,
  match: { subjectType: string; subjectId: string; source: string },
): Promise<AuditEntry | undefined> {
  const seen = await tx.db
    .selectFrom('correlation_alerts')
    .select('id')
    .where('kind', '=', observable.kind)
    .where('value', '=', observable.value)
    .where((eb) =>
      eb.or([
        eb.and([eb('subject_id', '=', subject.id), eb('matched_id', '=', match.subjectId)]),
        eb.and([eb('subject_id', '=', match.subjectId), eb('matched_id', '=', subject.id)]),
      ]),
    )
    .executeTakeFirst();
  if (seen) return undefined;
  const incidents = await incidentsTold(tx, [subject, { type: match.subjectType, id: match.subjectId }]);
  const id = randomUUID();
  const at = now.toISOString();
  await tx.db
    .insertInto('correlation_alerts')
    .values({
      id,
      kind: observable.kind,
      value: observable.value,
      subject_type: subject.type,
      subject_id: subject.id,
      subject_source: subject.source,
      matched_type: match.subjectType,
      matched_id: match.subjectId,
      matched_source: match.source,
      incidents: JSON.stringify(incidents.map((i) => i.id)),
      raised_at: at,
    })
    .execute();
  const text = `Correlation: ${observable.kind} ${observable.value} in ${subject.type} ${subject.id} (${describe(subject.source)}) also in ${match.subjectType} ${match.subjectId} (${describe(match.source)})`;
  const details = { alertId: id, kind: observable.kind, value: observable.value, subject, match };
  for (const incident of incidents) {
    await addTimelineEntry(tx, {
      incidentId: incident.id,
      at,
      kind: 'correlation',
      text,
      actor: 'system',
      details: {
        alertId: id,
        subjectId: subject.id,
        matchedId: match.subjectId,
        kind: observable.kind,
        value: observable.value,
      },
    });
    for (const email of await recipientsOf(tx, incident.assignees)) {
      await queueEmail(
        tx,
        {
          to: email,
          event: 'sharing.correlation',
          subject: `Correlation alert on incident ${incident.title}`,
          text,
        },
        now,
      );
    }
  }
  await queueWebhookEvent(
    tx,
    'sharing.correlation',
    { ...details, incidents: incidents.map((i) => i.id) },
    now,
  );
  return {
    actor: { type: 'system', id: 'correlation' },
    action: 'sharing.correlation_alert',
    subjectType: 'correlation_alert',
    subjectId: id,
    details: {
      kind: observable.kind,
      subjectId: subject.id,
      matchedId: match.subjectId,
      matchedSource: match.source,
    },
  };
}

function describe(source: string): string {
  return source === 'local' ? 'this node' : `from ${source}`;
}

async function incidentsTold(tx: Tx, subjects: ReadonlyArray<{ type: string; id: string }>) {
  const stixIds = subjects.filter((s) => s.type === 'stix').map((s) => s.id);
  const requestIds = subjects.filter((s) => s.type === 'request').map((s) => s.id);
  const viaStix = await incidentsHolding(tx.db, stixIds);
  const viaRequests =
    requestIds.length === 0
      ? []
      : await tx.db
          .selectFrom('incidents')
          .selectAll()
          .where(
            'id',
            'in',
            tx.db
              .selectFrom('request_observables')
              .select('incident_id')
              .where('request_id', 'in', requestIds),
          )
          .execute();
  const all = new Map([...viaStix, ...viaRequests].map((i) => [i.id, i]));
  return [...all.values()];
}

/** E-mail addresses of the assignees, or of every active analyst when nobody is assigned. */
async function recipientsOf(tx: Tx, assigneesJson: string): Promise<string[]> {
  const assignees = JSON.parse(assigneesJson) as string[];
  const users = await tx.db
    .selectFrom('users')
    .select(['id', 'email', 'roles'])
    .where('disabled', '=', 0)
    .where('email', 'is not', null)
    .execute();
  const chosen =
    assignees.length > 0
      ? users.filter((u) => assignees.includes(u.id))
      : users.filter((u) => (JSON.parse(u.roles) as string[]).includes('analyst'));
  return chosen.map((u) => u.email!).sort();
}
