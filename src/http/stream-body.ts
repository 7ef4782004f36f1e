/**
 * Routes that stream their request body (evidence uploads, STIX bundles) install a content-type
 * parser that hands the raw stream through; this checks at run time that it did.
 */
import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';

export function streamBody(request: FastifyRequest): Readable {
  const body: unknown = request.body;
  if (body instanceof Readable) return body;
  throw new StreamBodyMissing(`${request.method} ${request.routeOptions.url} expected a streamed body`);
}

/** A route that reads a stream was registered without the parser that provides it. */
class StreamBodyMissing extends Error {
  override readonly name = 'StreamBodyMissing';
}
