/**
 * Several instances of a node on one PostgreSQL database. Periodic work runs on one instance at
 * a time and moves within seconds when the leading instance dies — closed, or killed with
 * SIGKILL in another process, where nothing of it runs to hand over. A commit on one instance
 * wakes the others (LISTEN/NOTIFY), and never the instance itself.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LEADERSHIP_RETRY_MS, PeriodicDaemon } from '../../src/app/periodic.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { NO_POSTGRES, POSTGRES_URL, createTestDatabase } from '../support/databases.js';

class CountingDaemon extends PeriodicDaemon {
  readonly name = 'counting';
  passes = 0;
  async runOnce() {
    this.passes++;
  }
}

async function until(check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not within ${withinMs} ms`);
}

describe('one leader per periodic work on PostgreSQL', { skip: POSTGRES_URL ? false : NO_POSTGRES }, () => {
  let first: Awaited<ReturnType<typeof createTestDatabase>>;
  const others: Database[] = [];
  const children: ChildProcess[] = [];
  const another = async () => {
    const db = await openDatabase({ ...first.options, poolSize: 2 });
    others.push(db);
    return db;
  };
  before(async () => {
    first = await createTestDatabase('postgres');
  });
  after(async () => {
    for (const child of children) child.kill('SIGKILL');
    for (const db of others) await db.close().catch(() => undefined);
    await first.dispose();
  });

  test('two instances: one leads, the other takes over once the first is closed', async () => {
    const a = await another();
    const b = await another();
    assert.equal(await a.lead('clock'), true);
    assert.equal(await b.lead('clock'), false);
    assert.equal(await a.lead('clock'), true, 'the leader stays the leader');
    assert.equal(await b.lead('retention'), true, 'another piece of work has its own leader');
    await a.close();
    assert.equal(await b.lead('clock'), true);
  });

  test('daemons on two instances: passes run on one only, and move when it stops', async () => {
    const a = await another();
    const b = await another();
    const onA = new CountingDaemon(30).runOnlyWhen(() => a.lead('daemon:counting'));
    const onB = new CountingDaemon(30).runOnlyWhen(() => b.lead('daemon:counting'));
    onA.start();
    await until(async () => onA.passes > 0, 5_000);
    onB.start();
    await until(async () => onA.passes > 10, 5_000);
    assert.equal(onB.passes, 0, 'the other instance ran none');
    await onA.destroy();
    await a.close();
    const took = await until(async () => onB.passes > 0, LEADERSHIP_RETRY_MS + 2_000);
    assert.ok(took <= LEADERSHIP_RETRY_MS + 2_000);
    await onB.destroy();
  });

  test('a leader killed with SIGKILL in its own process loses the lead at once', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, '../support/leader-child.ts'),
        POSTGRES_URL!,
        first.options.pgSchema!,
        'killed',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('leading')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`the leading process ended with ${code}`)));
    });
    const b = await another();
    assert.equal(await b.lead('killed'), false);
    child.kill('SIGKILL');
    const took = await until(() => b.lead('killed'), 10_000);
    assert.ok(took < 10_000, `took over in ${took} ms`);
  });

  test('a commit on one instance is heard by the others, not by itself', async () => {
    const a = await another();
    const b = await another();
    let heardByB = 0;
    let heardByA = 0;
    b.onOtherInstanceCommitted(() => heardByB++);
    a.onOtherInstanceCommitted(() => heardByA++);
    await new Promise((resolve) => setTimeout(resolve, 300)); // both listening
    await a.transact(async (tx) => {
      await tx.db
        .insertInto('node_settings')
        .values({ key: 'instances-test', value: '"a"', updated_at: new Date().toISOString() })
        .execute();
    });
    await until(async () => heardByB > 0, 5_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(heardByA, 0, 'an instance does not wake itself');
  });
});
