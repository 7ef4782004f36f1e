/** Fixed SQL on the transaction's connection: prepared statements on SQLite, raw queries on PostgreSQL. */
import { CompiledQuery } from 'kysely';
import type { Tx } from '../database.js';

export type Row = unknown[];

export async function query<R>(tx: Tx, text: string, values: readonly unknown[]): Promise<R[]> {
  if (tx.sqlite) return tx.sqlite.prepare(text).all(...values) as R[];
  return (await tx.db.executeQuery<R>(CompiledQuery.raw(text, [...values]))).rows;
}

export async function execute(tx: Tx, text: string, values: readonly unknown[]): Promise<void> {
  if (tx.sqlite) tx.sqlite.prepare(text).run(...values);
  else await tx.db.executeQuery(CompiledQuery.raw(text, [...values]));
}
