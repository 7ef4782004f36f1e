import type { Command } from 'commander';
import { systemClock } from '../../core/clock.js';
import { bootstrapAdmin } from '../../app/accounts/bootstrap.js';
import { buildApp } from '../../http/server.js';
import { RequestClockDaemon } from '../../app/requests/request-clock.js';
import { RetentionDaemon } from '../../app/sharing/retention-daemon.js';
import { NotificationWorker } from '../../app/notifications/worker.js';
import { loadRegimeRegistry } from '../../storage/legal/regime-files.js';
import { redact } from '../../app/config/config.js';
import { configFrom, type NodeFlags, openNodeDatabase, withNodeOptions } from '../node-options.js';
import { openNodeFederation } from './federation.js';

export function registerStartCommand(program: Command): void {
  withNodeOptions(program.command('start'))
    .description('start this node: migrate the database, serve the API, web console and federation inbox')
    .option('--port <port>', 'TCP port (COMITY_PORT, default 8080)')
    .option('--host <host>', 'interface to listen on (COMITY_HOST, default 127.0.0.1)')
    .option('--public-url <url>', 'URL users and peers reach this node at (COMITY_PUBLIC_URL)')
    .action(async (flags: NodeFlags) => {
      const config = configFrom(flags);
      const database = await openNodeDatabase(config);
      if (config.migrateOnStart) await database.migrate();
      const firstAdmin = await bootstrapAdmin(database, systemClock);
      const federation = await openNodeFederation(config, database, systemClock);
      const registry = loadRegimeRegistry();
      const app = await buildApp({
        config,
        database,
        clock: systemClock,
        registry,
        ...(federation ? { federation } : {}),
      });
      const notifications = new NotificationWorker({
        database,
        clock: systemClock,
        mailFrom: config.mailFrom,
        ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}),
        onError: (error) => app.log.error({ err: error }, 'notification delivery pass failed'),
      });
      const requestClock = new RequestClockDaemon({
        database,
        registry,
        clock: systemClock,
        escalation: { afterMinutes: config.escalationMinutes, levels: 3 },
        lastCallHours: config.lastCallHours,
        ...(federation ? { courier: federation } : {}),
        onError: (error) => app.log.error({ err: error }, 'request clock pass failed'),
      });
      // Received shared objects are erased when their senders' retention period ends.
      const retention = new RetentionDaemon({
        database,
        clock: systemClock,
        onError: (error) => app.log.error({ err: error }, 'retention pass failed'),
      });
      await app.listen({ port: config.port, host: config.host });
      notifications.start();
      requestClock.start();
      retention.start();
      const { port } = app.server.address() as { port: number };
      const url = config.publicUrl.replace(/:\d+$/, `:${port}`);
      console.log(
        `Comity node listening on ${url}  (database: ${config.dialect === 'sqlite' ? config.databaseUrl : redact(config.databaseUrl)})`,
      );
      console.log(`API documentation: ${url}/api/docs`);
      if (federation) {
        federation.worker.start();
        console.log(
          `Federation: node ${federation.nodeId}, card fingerprint ${(await federation.card()).fingerprint}`,
        );
      } else console.log('Federation: off until the node identity is set (comity setup)');
      if (firstAdmin) {
        console.log('');
        console.log('First start: an administrator account was created. This password is shown only once:');
        console.log(`  username: ${firstAdmin.username}`);
        console.log(`  password: ${firstAdmin.password}`);
        console.log(
          'Log in (POST /api/auth/login) and change it (POST /api/auth/password) before anything else.',
        );
      }

      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        app.log.info({ signal }, 'shutting down: finishing in-flight requests');
        const timer = setTimeout(() => {
          app.log.error('shutdown timed out; closing remaining connections');
          app.server.closeAllConnections();
        }, config.shutdownTimeoutMs);
        timer.unref();
        await app.close();
        await federation?.worker.destroy();
        await notifications.destroy();
        await requestClock.destroy();
        await retention.destroy();
        await database.close();
        clearTimeout(timer);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
