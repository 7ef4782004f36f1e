/**
 * The storage conformance suite: the same assertions on SQLite and PostgreSQL. Anything the
 * rest of Comity relies on from the database belongs here.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { forEachDialect } from '../../test/support/databases.js';
import { GENESIS_HASH } from '../core/audit/chain.js';
import { ManualClock } from '../core/clock.js';
import type { CommandContext } from '../core/context.js';
import { appendAudit, countAudit, verifyAuditLog } from './audit/audit-log.js';
import { runCommand } from './command.js';
import { isUniqueViolation } from './database.js';
import { MIGRATION_NAMES } from './migrations/index.js';

const ctx: CommandContext = {
  actor: { type: 'user', id: 'tester' },
  requestId: 'req-1',
  clock: new ManualClock('2026-03-01T10:00:00.000Z'),
};

function item(name: string) {
  return { id: `id-${name}`, name, version: 1, body: '{}', created_at: '2026-03-01T10:00:00.000Z' };
}

forEachDialect('storage conformance', (t) => {
  test('migrations are all applied and a second run applies nothing', async () => {
    assert.deepEqual(await t.database.pendingMigrations(), []);
    const again = await t.database.migrate();
    assert.deepEqual(again.applied, []);
    assert.equal(again.current, MIGRATION_NAMES.at(-1));
  });

  test('a committed transaction is visible and runs its onCommit hooks afterwards', async () => {
    const calls: string[] = [];
    await t.database.transact(async (tx) => {
      await tx.db.insertInto('conformance_items').values(item('committed')).execute();
      tx.onCommit(() => {
        calls.push('hook');
      });
      calls.push('body');
    });
    assert.deepEqual(calls, ['body', 'hook']);
    const row = await t.database.db
      .selectFrom('conformance_items')
      .selectAll()
      .where('name', '=', 'committed')
      .executeTakeFirst();
    assert.equal(row?.id, 'id-committed');
  });

  test('a failed transaction leaves nothing behind and runs no hook', async () => {
    let hookRan = false;
    await assert.rejects(
      t.database.transact(async (tx) => {
        await tx.db.insertInto('conformance_items').values(item('rolled-back')).execute();
        tx.onCommit(() => {
          hookRan = true;
        });
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal(hookRan, false);
    const row = await t.database.db
      .selectFrom('conformance_items')
      .selectAll()
      .where('name', '=', 'rolled-back')
      .executeTakeFirst();
    assert.equal(row, undefined);
  });

  test('a prepared read sees committed rows, reused with new parameters and across connections', async () => {
    await t.database.transact(async (tx) => {
      await tx.db.insertInto('conformance_items').values(item('prepared-a')).execute();
      await tx.db.insertInto('conformance_items').values(item('prepared-b')).execute();
    });
    const read = {
      name: 'conformance_item_by_name',
      sqlite: 'select id, name from conformance_items where name = ?',
      postgres: 'select id, name from conformance_items where name = $1',
    };
    // More calls at once than pool connections, so the named statement is prepared on several.
    const names = Array.from({ length: 24 }, (_, i) => (i % 3 === 2 ? 'absent' : `prepared-${'ab'[i % 3]}`));
    const results = await Promise.all(
      names.map((name) => t.database.readPrepared<{ id: string; name: string }>(read, [name])),
    );
    for (const [i, rows] of results.entries()) {
      const name = names[i]!;
      assert.deepEqual(rows, name === 'absent' ? [] : [{ id: `id-${name}`, name }]);
    }
  });

  test('a unique violation is recognised the same way on both engines', async () => {
    const error = await t.database
      .transact(async (tx) => {
        await tx.db.insertInto('conformance_items').values(item('dup')).execute();
        await tx.db
          .insertInto('conformance_items')
          .values({ ...item('dup'), id: 'other' })
          .execute();
      })
      .catch((e: unknown) => e);
    assert.ok(isUniqueViolation(error), `expected a unique violation, got ${String(error)}`);
  });

  test('a command commits its change and its audit event together, or neither', async () => {
    const before = await countAudit(t.database);
    await runCommand(t.database, ctx, async (tx) => {
      await tx.db.insertInto('conformance_items').values(item('audited')).execute();
      return {
        value: null,
        audit: { actor: ctx.actor, action: 'item.create', subjectType: 'item', subjectId: 'id-audited' },
      };
    });
    assert.equal(await countAudit(t.database), before + 1);
    await assert.rejects(
      runCommand(t.database, ctx, async (tx) => {
        await tx.db.insertInto('conformance_items').values(item('audited-fails')).execute();
        throw new Error('refused');
      }),
    );
    assert.equal(await countAudit(t.database), before + 1);
    const row = await t.database.db
      .selectFrom('conformance_items')
      .select('id')
      .where('name', '=', 'audited-fails')
      .executeTakeFirst();
    assert.equal(row, undefined);
  });

  test('concurrent commands append one unbroken chain', async () => {
    const before = await countAudit(t.database);
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        runCommand(t.database, ctx, async (tx) => {
          await tx.db
            .insertInto('conformance_items')
            .values(item(`concurrent-${i}`))
            .execute();
          return {
            value: i,
            audit: { actor: ctx.actor, action: 'item.create', subjectType: 'item', subjectId: `c${i}` },
          };
        }),
      ),
    );
    assert.equal(await countAudit(t.database), before + 25);
    const verdict = await verifyAuditLog(t.database);
    assert.ok(verdict.ok, JSON.stringify(verdict));
    assert.equal(verdict.checked, before + 25);
  });
});

/** Each tampering case gets a fresh chain of 6 events on its own database. */
async function seedChain(t: { database: import('./database.js').Database }): Promise<void> {
  await t.database.transact(async (tx) => {
    await tx.db.deleteFrom('audit_events').execute();
    await tx.db.updateTable('audit_head').set({ seq: 0, hash: GENESIS_HASH }).execute();
  });
  for (let i = 1; i <= 6; i++) {
    await t.database.transact((tx) =>
      appendAudit(tx, ctx, [
        { actor: ctx.actor, action: 'user.create', subjectType: 'user', subjectId: `u${i}`, details: { i } },
      ]),
    );
  }
  const verdict = await verifyAuditLog(t.database);
  assert.ok(verdict.ok && verdict.checked === 6);
}

forEachDialect('audit tampering is detected', (t) => {
  test('an altered row is named', async () => {
    await seedChain(t);
    await sql`update audit_events set actor_id = 'mallory' where seq = 3`.execute(t.database.db);
    const verdict = await verifyAuditLog(t.database);
    assert.ok(!verdict.ok);
    assert.equal(verdict.problem, 'hash_mismatch');
    assert.equal(verdict.seq, 3);
  });

  test('a deleted row is caught at the next event', async () => {
    await seedChain(t);
    await sql`delete from audit_events where seq = 3`.execute(t.database.db);
    const verdict = await verifyAuditLog(t.database);
    assert.ok(!verdict.ok);
    assert.equal(verdict.problem, 'broken_link');
    assert.equal(verdict.seq, 4);
  });

  test('a deleted last row is caught against the recorded head', async () => {
    await seedChain(t);
    await sql`delete from audit_events where seq = 6`.execute(t.database.db);
    const verdict = await verifyAuditLog(t.database);
    assert.ok(!verdict.ok);
    assert.equal(verdict.problem, 'truncated');
  });

  test('an inserted row is caught where it breaks the chain', async () => {
    await seedChain(t);
    // Make room after event 2, insert a forged event there, as an intruder with SQL access would.
    await sql`update audit_events set seq = seq + 1000 where seq >= 3`.execute(t.database.db);
    await sql`update audit_events set seq = seq - 999 where seq >= 1003`.execute(t.database.db);
    const second = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '=', 2)
      .executeTakeFirstOrThrow();
    await t.database.transact((tx) =>
      tx.db
        .insertInto('audit_events')
        .values({ ...second, seq: 3, id: 'forged', action: 'user.delete', prev_hash: second.hash })
        .execute(),
    );
    const verdict = await verifyAuditLog(t.database);
    assert.ok(!verdict.ok);
    assert.equal(verdict.seq, 3);
    assert.equal(verdict.eventId, 'forged');
  });

  test('an appended row outside the log is caught against the recorded head', async () => {
    await seedChain(t);
    const last = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '=', 6)
      .executeTakeFirstOrThrow();
    await t.database.transact((tx) =>
      tx.db
        .insertInto('audit_events')
        .values({ ...last, seq: 7, id: 'tail', prev_hash: last.hash })
        .execute(),
    );
    const verdict = await verifyAuditLog(t.database);
    assert.ok(!verdict.ok);
    assert.ok(verdict.problem === 'hash_mismatch' || verdict.problem === 'unrecorded_tail');
    assert.equal(verdict.seq, 7);
  });

  test('two reordered rows are caught', async () => {
    await seedChain(t);
    await sql`update audit_events set seq = 100 where seq = 2`.execute(t.database.db);
    await sql`update audit_events set seq = 2 where seq = 3`.execute(t.database.db);
    await sql`update audit_events set seq = 3 where seq = 100`.execute(t.database.db);
    const verdict = await verifyAuditLog(t.database);
    assert.ok(!verdict.ok);
    assert.equal(verdict.problem, 'broken_link');
    assert.equal(verdict.seq, 2);
  });
});
