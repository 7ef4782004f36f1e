/**
 * Traffic with one peer, day by day, for the charts on the federation page: how many messages
 * this node queued for the peer and what became of them, how long the delivered ones took,
 * and how many the peer sent here. Days are UTC calendar days.
 *
 * Outgoing messages are counted on the day they were queued (a cohort), so a day's figures
 * settle once its messages are delivered and never move between days. Delivery times are
 * counted in the database into fixed buckets, so a day with a million messages returns a
 * handful of rows; the median and 95th percentile are read from the buckets (linear within
 * one), the maximum is exact. Received messages are counted from the inbox, which keeps a
 * message until it expires, so days older than the inbox's retention read as zero.
 */
import { sql } from 'kysely';
import type { Database } from '../../storage/database.js';

/** Upper bounds of the delivery-time buckets, in seconds; the last bucket has no bound. */
export const LATENCY_BOUNDS = [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 7200, 21_600, 86_400];

export interface DeliveryTimes {
  /** Seconds from queued to accepted by the peer. */
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

export interface TrafficDay {
  /** The UTC day, YYYY-MM-DD. */
  readonly day: string;
  /** Messages queued for the peer that day. */
  readonly sent: number;
  /** Of those, accepted by the peer (signed receipt held). */
  readonly delivered: number;
  /** Of those, refused by the peer for good. */
  readonly rejected: number;
  /** Of those, still waiting for delivery. */
  readonly waiting: number;
  /** Messages from the peer received that day. */
  readonly received: number;
  /** For the delivered ones; null when none was delivered. */
  readonly deliveryTimes: DeliveryTimes | null;
}

export interface PeerTraffic {
  readonly peer: string;
  /** First and last day covered, inclusive. */
  readonly from: string;
  readonly to: string;
  readonly days: readonly TrafficDay[];
}

/** The value below which a fraction `p` of the counted times fall, read from the buckets. */
export function percentileOf(counts: readonly number[], p: number, max: number): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  const rank = p * total;
  let below = 0;
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i]!;
    if (n > 0 && below + n >= rank) {
      const lower = i === 0 ? 0 : LATENCY_BOUNDS[i - 1]!;
      const upper = Math.min(LATENCY_BOUNDS[i] ?? max, max);
      return Math.min(max, lower + ((rank - below) / n) * Math.max(0, upper - lower));
    }
    below += n;
  }
  return max;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** Every day from `from` to `to`, inclusive. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    days.push(dayOf(new Date(t)));
  return days;
}

export async function peerTraffic(
  database: Database,
  peer: string,
  now: Date,
  days: number,
): Promise<PeerTraffic> {
  const to = dayOf(now);
  const from = dayOf(new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * 86_400_000));
  const start = `${from}T00:00:00.000Z`;
  const seconds =
    database.dialect === 'postgres'
      ? sql<number>`extract(epoch from (accepted_at::timestamptz - created_at::timestamptz))`
      : sql<number>`(julianday(accepted_at) - julianday(created_at)) * 86400.0`;
  // Undelivered messages have no time and so no bucket.
  const bucket = sql.raw(
    `case when t is null then null ${LATENCY_BOUNDS.map((b, i) => `when t <= ${b} then ${i}`).join(' ')} else ${LATENCY_BOUNDS.length} end`,
  );
  const outgoing = await sql<{
    day: string;
    status: string;
    bucket: number | null;
    n: number;
    longest: number | null;
  }>`
    select day, status, ${bucket} as bucket, count(*) as n, max(t) as longest
    from (select substr(created_at, 1, 10) as day, status, ${seconds} as t
          from outbox where peer = ${peer} and created_at >= ${start}) as o
    group by day, status, bucket
  `.execute(database.db);
  const incoming = await database.db
    .selectFrom('inbox_messages')
    .select((eb) => [sql<string>`substr(received_at, 1, 10)`.as('day'), eb.fn.countAll<number>().as('n')])
    .where('from_node', '=', peer)
    .where('received_at', '>=', start)
    .groupBy(sql`substr(received_at, 1, 10)`)
    .execute();

  interface Tally {
    sent: number;
    delivered: number;
    rejected: number;
    waiting: number;
    received: number;
    buckets: number[];
    longest: number;
  }
  const tally = new Map<string, Tally>(
    daysBetween(from, to).map((day) => [
      day,
      {
        sent: 0,
        delivered: 0,
        rejected: 0,
        waiting: 0,
        received: 0,
        buckets: new Array<number>(LATENCY_BOUNDS.length + 1).fill(0),
        longest: 0,
      },
    ]),
  );
  for (const row of outgoing.rows) {
    const day = tally.get(row.day);
    if (!day) continue; // queued after `now` by a clock ahead of this one
    const n = Number(row.n);
    day.sent += n;
    if (row.status === 'accepted') day.delivered += n;
    else if (row.status === 'rejected') day.rejected += n;
    else day.waiting += n;
    if (row.status === 'accepted' && row.bucket !== null) {
      day.buckets[Number(row.bucket)]! += n;
      day.longest = Math.max(day.longest, Math.max(0, Number(row.longest)));
    }
  }
  for (const row of incoming) {
    const day = tally.get(row.day);
    if (day) day.received += Number(row.n);
  }
  return {
    peer,
    from,
    to,
    days: [...tally.entries()].map(([day, t]) => ({
      day,
      sent: t.sent,
      delivered: t.delivered,
      rejected: t.rejected,
      waiting: t.waiting,
      received: t.received,
      deliveryTimes:
        t.delivered === 0
          ? null
          : {
              median: round(percentileOf(t.buckets, 0.5, t.longest)),
              p95: round(percentileOf(t.buckets, 0.95, t.longest)),
              max: round(t.longest),
            },
    })),
  };
}

/** Milliseconds are the finest a person reads here. */
const round = (s: number) => Math.round(s * 1000) / 1000;
