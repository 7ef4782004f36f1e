/**
 * The node's JSON body parser: Fastify's own (which guards against prototype poisoning), after
 * a check that the bytes are UTF-8. Decoding first would turn invalid bytes into U+FFFD and
 * store them as if the caller had typed them.
 */
import type { FastifyInstance } from 'fastify';
import { describeInvalidUtf8, firstInvalidUtf8 } from '../core/text/utf8.js';
import { ValidationError } from '../core/errors.js';

export function installJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      done(new ValidationError(describeInvalidUtf8(bytes, bad), [], 'malformed_body'), undefined);
      return;
    }
    parseJson(request, bytes.toString('utf8'), done);
  });
}
