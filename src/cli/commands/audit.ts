import type { Command } from 'commander';
import { countAudit, verifyAuditLog } from '../../storage/audit/audit-log.js';
import { EXIT } from '../output.js';
import { configFrom, type NodeFlags, withDatabase, withNodeOptions } from '../node-options.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit log');
  withNodeOptions(audit.command('verify'))
    .description('walk the hash chain; exit 0 when intact, 1 naming the first bad event')
    .option('--json', 'print the verdict as JSON')
    .action(async (flags: NodeFlags & { json?: boolean }) => {
      await withDatabase(configFrom(flags), async (database) => {
        const total = await countAudit(database);
        const started = performance.now();
        const verdict = await verifyAuditLog(database);
        const seconds = (performance.now() - started) / 1000;
        if (flags.json) console.log(JSON.stringify(verdict));
        else if (verdict.ok) {
          console.log(
            `audit log intact: ${verdict.checked} events verified in ${seconds.toFixed(2)} s${verdict.head ? `, head ${verdict.head.seq} ${verdict.head.hash.slice(0, 16)}…` : ''}`,
          );
        } else {
          console.error(
            `audit log BROKEN at event ${verdict.seq}${verdict.eventId ? ` (${verdict.eventId})` : ''}: ${verdict.problem}: ${verdict.message}`,
          );
          console.error(`${verdict.checked} of ${total} events verified before the first bad one`);
        }
        if (!verdict.ok) process.exitCode = EXIT.failed;
      });
    });
}
