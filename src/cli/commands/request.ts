import Table from 'cli-table3';
import type { Command } from 'commander';
import { systemClock } from '../../core/clock.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';
import {
  getStoredRequest,
  listStoredRequests,
  requestEvents,
  type StoredRequest,
} from '../../storage/requests/request-store.js';
import { CliError, EXIT } from '../output.js';
import { configFrom, type NodeFlags, withDatabase, withNodeOptions } from '../node-options.js';

const operator = () => ({ type: 'system' as const, id: `cli:${process.env.USER ?? 'operator'}` });

/** `comity request list|show|export`: the node operator's view of cooperation requests. */
export function registerRequestCommands(program: Command): void {
  const request = program.command('request').description('cooperation requests held by this node');

  withNodeOptions(request.command('list'))
    .description('list requests, most recently changed first')
    .option('--status <status>', 'only requests in this status, e.g. received')
    .option('--limit <n>', 'how many (default 50)', '50')
    .option('--json', 'print JSON instead of a table')
    .action(async (flags: NodeFlags & { status?: string; limit: string; json?: boolean }) => {
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
        throw new CliError('--limit: a whole number from 1 to 10000', EXIT.usage);
      await withDatabase(configFrom(flags), async (database) => {
        const rows = await listStoredRequests(database, {
          ...(flags.status ? { status: flags.status } : {}),
          limit,
        });
        if (flags.json) {
          console.log(
            JSON.stringify(
              rows.map((r) => ({
                id: r.id,
                side: r.side,
                status: r.state.status,
                regime: r.state.regime,
                instrument: r.state.instrument,
                from: r.state.requestingState,
                to: r.state.requestedState,
                updatedAt: r.updatedAt,
              })),
            ),
          );
          return;
        }
        const table = new Table({
          head: ['id', 'side', 'instrument', 'from → to', 'status', 'urgency', 'updated'],
        });
        for (const r of rows) {
          table.push([
            r.id.slice(0, 8),
            r.side,
            `${r.state.regime} ${r.state.instrument}`,
            `${r.state.requestingState} → ${r.state.requestedState}`,
            r.state.status,
            r.state.urgency,
            r.updatedAt.slice(0, 16).replace('T', ' '),
          ]);
        }
        console.log(rows.length === 0 ? 'no requests' : table.toString());
      });
    });

  withNodeOptions(request.command('show <id>'))
    .description("a request: its state, deadlines (both sides' local times) and event timeline")
    .action(async (id: string, flags: NodeFlags) => {
      await withDatabase(configFrom(flags), async (database) => {
        const stored = await resolveId(database, id);
        const s = stored.state;
        console.log(
          `${s.requestId}  ${s.regime} ${s.instrument}  ${s.requestingState} → ${s.requestedState}  (${stored.side} side)`,
        );
        console.log(
          `status ${s.status}${s.preservation ? ` / preservation ${s.preservation}` : ''}, urgency ${s.urgency}, version ${s.version}`,
        );
        if (s.deadlines.length > 0) {
          const deadlines = new Table({
            head: ['deadline', 'status', 'due (UTC)', 'requesting side', 'requested side'],
          });
          for (const d of s.deadlines)
            deadlines.push([
              d.id,
              d.status,
              d.dueAt ?? '—',
              d.local?.requesting ?? '',
              d.local?.requested ?? '',
            ]);
          console.log(deadlines.toString());
        }
        const timeline = new Table({ head: ['#', 'at (UTC)', 'event', 'by'] });
        (await requestEvents(database.db, stored.id)).forEach((e, i) => {
          timeline.push([
            i + 1,
            e.at.slice(0, 19).replace('T', ' '),
            e.type,
            `${e.actor.role}${e.actor.automatic ? ' (automatic)' : ''} · ${e.actor.side}`,
          ]);
        });
        console.log(timeline.toString());
      });
    });

  withNodeOptions(request.command('export <id>'))
    .description("print a request's state and full event log as JSON (the export is audited)")
    .action(async (id: string, flags: NodeFlags) => {
      await withDatabase(configFrom(flags), async (database) => {
        const stored = await resolveId(database, id);
        const events = await requestEvents(database.db, stored.id);
        // An export takes personal data out of the node: it is recorded like any other read.
        await runCommand(database, { actor: operator(), requestId: null, clock: systemClock }, async () => ({
          value: null,
          audit: {
            actor: operator(),
            action: 'request.export',
            subjectType: 'request',
            subjectId: stored.id,
            details: { events: events.length },
          },
        }));
        console.log(
          JSON.stringify(
            {
              request: { id: stored.id, caseId: stored.caseId, side: stored.side, state: stored.state },
              events,
            },
            null,
            2,
          ),
        );
      });
    });
}

/** Accepts a full id or a unique prefix of at least 8 characters, as `list` prints them. */
async function resolveId(database: Database, id: string): Promise<StoredRequest> {
  if (!/^[0-9a-f-]{8,36}$/i.test(id))
    throw new CliError('give a request id (or its first 8 characters)', EXIT.usage);
  if (id.length === 36) return getStoredRequest(database.db, id);
  const matches = await database.db
    .selectFrom('requests')
    .select('id')
    .where('id', 'like', `${id}%`)
    .limit(2)
    .execute();
  if (matches.length === 0) throw new CliError(`no request ${id}`, EXIT.failed);
  if (matches.length > 1)
    throw new CliError(`${id} matches several requests; give more characters`, EXIT.usage);
  return getStoredRequest(database.db, matches[0]!.id);
}
