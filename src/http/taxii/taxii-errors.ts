/**
 * TAXII error messages (TAXII 2.1 §3.6.1): every error under `/taxii2/` leaves as one, with the
 * TAXII media type, `http_status` equal to the actual status, and Comity's stable code as
 * `error_code`. What the caller may not see is answered 404 like what does not exist (App. B).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { TAXII_MEDIA_TYPE } from '../../core/taxii/media-types.js';
import { DomainError } from '../../core/errors.js';
import { STATUS } from '../errors.js';

/** A refusal HTTP decides before any command: 401, 406, 415. */
export class TaxiiHttpError extends Error {
  override readonly name = 'TaxiiHttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TITLES: Record<number, string> = {
  400: 'The request is malformed',
  401: 'Authentication required',
  403: 'Not permitted',
  404: 'Not found',
  406: 'Not acceptable',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function sendTaxiiError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  description: string,
): FastifyReply {
  if (status === 401)
    reply.header(
      'www-authenticate',
      'Basic realm="Comity TAXII", charset="UTF-8", Bearer realm="Comity TAXII"',
    );
  return reply
    .status(status)
    .type(TAXII_MEDIA_TYPE)
    .header('cache-control', 'no-store')
    .send(
      jsonBytes({
        title: TITLES[status] ?? 'Error',
        description,
        error_id: String(request.id),
        error_code: code,
        http_status: String(status),
      }),
    );
}

/** JSON as bytes: Fastify leaves the media type of a Buffer answer as it was set. */
const jsonBytes = (value: unknown) => Buffer.from(JSON.stringify(value));

export function taxiiErrorHandler(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof TaxiiHttpError)
    return sendTaxiiError(request, reply, error.status, error.code, error.message);
  if (error instanceof DomainError) {
    const status = STATUS[error.kind];
    if (status >= 500) request.log.error({ err: error }, 'TAXII request failed');
    return sendTaxiiError(request, reply, status, error.code, error.message);
  }
  const fe = error as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendTaxiiError(
        request,
        reply,
        413,
        'payload_too_large',
        'the body is larger than the max_content_length of this API root',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendTaxiiError(
        request,
        reply,
        415,
        'unsupported_media_type',
        `send the body as ${TAXII_MEDIA_TYPE}`,
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return sendTaxiiError(
        request,
        reply,
        422,
        'taxii_bad_envelope',
        'the body is empty or does not match its Content-Length',
      );
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500)
    return sendTaxiiError(request, reply, fe.statusCode, 'bad_request', fe.message);
  request.log.error({ err: error }, 'unhandled TAXII error');
  return sendTaxiiError(
    request,
    reply,
    500,
    'internal_error',
    `an unexpected error occurred; quote error id ${request.id} to the administrator`,
  );
}
