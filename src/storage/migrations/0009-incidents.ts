import type { Kysely } from 'kysely';

/**
 * Incidents and their sharing across nodes.
 *
 * An incident's STIX `incident` object lives in `stix_objects`; `incidents` holds the facts
 * Comity adds (case, status, States, legal basis, origin, assignees). `shared_objects` remembers
 * which version of which object went to which peer under which context, so a later version
 * (an update or a revocation) follows it there, or a withdrawal when the markings no longer
 * allow it. `correlation_alerts` is unique per pair of subjects, so re-imports never re-alert.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('stix_id', 'text', (c) => c.notNull().unique())
    .addColumn('case_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON lists of ISO codes and sector names.
    .addColumn('affected_states', 'text', (c) => c.notNull())
    .addColumn('sectors', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    // 'local', or the node id of the peer this node received the incident from.
    .addColumn('origin_node', 'text', (c) => c.notNull())
    .addColumn('origin_state', 'text', (c) => c.notNull())
    // JSON list of local user ids assigned to it (need to know).
    .addColumn('assignees', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('incident_objects')
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_objects_pk', ['incident_id', 'object_id'])
    .execute();
  await db.schema.createIndex('incident_objects_object').on('incident_objects').column('object_id').execute();

  await db.schema
    .createTable('incident_timeline')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    // note, created, shared, received, sighting, revoked, withdrawn, correlation, assigned, …
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_timeline_incident')
    .on('incident_timeline')
    .columns(['incident_id', 'at'])
    .execute();

  // A request citing incident observables as the data to preserve (one set per request).
  await db.schema
    .createTable('request_observables')
    .addColumn('request_id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('observables', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('incident_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    // 'out' (this node shared) or 'in' (a peer shared with this node).
    .addColumn('direction', 'text', (c) => c.notNull())
    // JSON: peers (out) or the sending peer (in), the context, conditions and per-peer outcome.
    .addColumn('peers', 'text', (c) => c.notNull())
    .addColumn('context', 'text', (c) => c.notNull())
    .addColumn('conditions', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_shares_incident')
    .on('incident_shares')
    .columns(['incident_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('shared_objects')
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('peer', 'text', (c) => c.notNull())
    .addColumn('share_id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    // The version last sent, and the context and conditions it went under (JSON).
    .addColumn('modified', 'text', (c) => c.notNull())
    .addColumn('context', 'text', (c) => c.notNull())
    .addColumn('conditions', 'text', (c) => c.notNull())
    // 'sent' or 'withdrawn'.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('shared_objects_pk', ['object_id', 'peer'])
    .execute();

  // Objects a peer withdrew (its markings no longer admit this node): hidden from every read.
  await db.schema
    .createTable('withdrawn_objects')
    .addColumn('object_id', 'text', (c) => c.primaryKey())
    .addColumn('from_node', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  // Consent of the originator to an onward transfer, recorded by an analyst.
  await db.schema
    .createTable('onward_consents')
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('onward_consents_pk', ['incident_id', 'state'])
    .execute();

  await db.schema
    .createTable('correlation_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('subject_source', 'text', (c) => c.notNull())
    .addColumn('matched_type', 'text', (c) => c.notNull())
    .addColumn('matched_id', 'text', (c) => c.notNull())
    .addColumn('matched_source', 'text', (c) => c.notNull())
    // JSON list of the incidents told about it.
    .addColumn('incidents', 'text', (c) => c.notNull())
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('correlation_alerts_pair', ['kind', 'value', 'subject_id', 'matched_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'correlation_alerts',
    'onward_consents',
    'withdrawn_objects',
    'shared_objects',
    'incident_shares',
    'request_observables',
    'incident_timeline',
    'incident_objects',
    'incidents',
  ])
    await db.schema.dropTable(table).execute();
}
