/**
 * A real SMTP server process for tests: listens on 127.0.0.1 (a free port), prints
 * `{"port":N}` once ready, then one JSON line per message received. Run by `startSmtpSink()`.
 */
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        process.stdout.write(
          `${JSON.stringify({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null, to, subject: mail.subject, text: mail.text })}\n`,
        );
        callback();
      })
      .catch(callback);
  },
});
server.listen(0, '127.0.0.1', () => {
  const address = server.server.address() as { port: number };
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
