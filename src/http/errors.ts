/**
 * The one edge handler: every error leaves the API as RFC 9457 problem+json. Domain errors map
 * by kind to a status and keep their stable code (the `type` is derived from it); framework
 * errors (validation, body size, bad JSON) are translated; anything else is a generic 500 that
 * names only the request id.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode, type ErrorKind, type FieldIssue } from '../core/errors.js';

export const PROBLEM_TYPE_PREFIX = 'urn:comity:problem:';

/** The HTTP status of each kind of error. */
export const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  requestId: string;
  errors?: FieldIssue[];
  [extension: string]: unknown;
}

export function problemFor(
  status: number,
  code: ErrorCode,
  detail: string,
  request: FastifyRequest,
  extra: Record<string, unknown> = {},
): Problem {
  return {
    type: `${PROBLEM_TYPE_PREFIX}${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: request.url.split('?')[0] ?? request.url,
    code,
    requestId: String(request.id),
    ...extra,
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

interface AjvIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** Turns an ajv issue into a path that names the field, e.g. `/body/roles/0`. */
export function describeValidationIssue(part: string, issue: AjvIssue): FieldIssue {
  let path = `/${part}${issue.instancePath ?? ''}`;
  let message = issue.message ?? 'is invalid';
  const params = issue.params ?? {};
  if (issue.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    path = `${path}/${params.additionalProperty}`;
    message = 'is not a known field';
  } else if (issue.keyword === 'required' && typeof params.missingProperty === 'string') {
    path = `${path}/${params.missingProperty}`;
    message = 'is required';
  } else if (issue.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    message = `must be one of: ${params.allowedValues.join(', ')}`;
  } else if (issue.keyword === 'anyOf' && part === 'body') {
    message = 'does not match any allowed form';
  }
  const rule = issue.keyword === 'additionalProperties' ? 'unknown_field' : issue.keyword;
  const limit =
    params.limit ?? (Array.isArray(params.allowedValues) ? params.allowedValues.join(', ') : undefined);
  return {
    path,
    message,
    ...(rule ? { rule } : {}),
    ...(typeof limit === 'string' || typeof limit === 'number' ? { limit } : {}),
  };
}

export function errorHandler(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof DomainError) {
    const status = STATUS[error.kind];
    if (status >= 500) request.log.error({ err: error }, 'dependency unavailable');
    return sendProblem(
      reply,
      problemFor(status, error.code, error.message, request, {
        ...(error.issues.length > 0 ? { errors: [...error.issues] } : {}),
        ...(Object.keys(error.details).length > 0 ? { details: error.details } : {}),
      }),
    );
  }
  const fe = error as FastifyError & { validation?: AjvIssue[]; validationContext?: string };
  if (fe.validation) {
    const part = fe.validationContext ?? 'body';
    const errors = fe.validation.map((issue) => describeValidationIssue(part, issue));
    const first = errors[0];
    return sendProblem(
      reply,
      problemFor(
        400,
        'validation_failed',
        first ? `${first.path} ${first.message}` : 'the request is invalid',
        request,
        { errors },
      ),
    );
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendProblem(
        reply,
        problemFor(413, 'payload_too_large', 'the request body exceeds the size limit', request),
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendProblem(
        reply,
        problemFor(415, 'unsupported_media_type', 'send the body as application/json', request),
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendProblem(reply, problemFor(400, 'malformed_body', 'the JSON body is empty', request));
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return sendProblem(
        reply,
        problemFor(400, 'malformed_body', 'the Content-Length does not match the body', request),
      );
  }
  if (fe instanceof SyntaxError || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return sendProblem(reply, problemFor(400, 'malformed_body', 'the body is not valid JSON', request));
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    // Framework 4xx (e.g. a malformed URL): safe to name, never internal.
    return sendProblem(reply, problemFor(fe.statusCode, 'bad_request', fe.message, request));
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(
    reply,
    problemFor(
      500,
      'internal_error',
      `an unexpected error occurred; quote request id ${request.id} to the administrator`,
      request,
    ),
  );
}
