import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

export interface SmtpSink {
  readonly url: string;
  readonly messages: ReceivedMail[];
  /** Resolves once `count` messages have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
}

/** Starts the SMTP sink as its own process and waits until it listens. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'smtp-sink.ts')],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const messages: ReceivedMail[] = [];
  const waiters: Array<() => void> = [];
  let buffer = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the SMTP sink did not start')), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = JSON.parse(buffer.slice(0, newline)) as { port?: number } & ReceivedMail;
        buffer = buffer.slice(newline + 1);
        if (line.port) {
          clearTimeout(timer);
          resolve(line.port);
        } else {
          messages.push(line);
          for (const w of waiters.splice(0)) w();
        }
        newline = buffer.indexOf('\n');
      }
    });
    child.on('exit', () => reject(new Error('the SMTP sink exited')));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${messages.length}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
      return messages;
    },
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
