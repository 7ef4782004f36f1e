import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.js';

/** Cases group requests, incidents and evidence under need-to-know access. */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('authority_id', 'text', (c) => c.references('authorities.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('personal_data', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cases_authority').on('cases').column('authority_id').execute();

  await db.schema
    .createTable('case_members')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('case_role', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_members_pk', ['case_id', 'user_id'])
    .execute();
  await db.schema.createIndex('case_members_user').on('case_members').column('user_id').execute();

  // Reads of personal data are also audit events; this index serves "who read this case" and a
  // request's trail. It is partial so that other audited writes do not pay an index page each.
  await db.schema
    .createIndex('audit_events_subject')
    .on('audit_events')
    .columns(['subject_type', 'subject_id'])
    .where(sql.ref('subject_type'), 'in', ['case', 'request'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_events_subject').execute();
  await db.schema.dropTable('case_members').execute();
  await db.schema.dropTable('cases').execute();
}
