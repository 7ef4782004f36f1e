/**
 * Domain errors carry a stable machine code and no HTTP knowledge; the server's edge
 * handler maps codes to status codes and renders RFC 9457 problem+json.
 */

/** Broad classes the edge maps to HTTP statuses; a code's kind never changes once published. */
export type ErrorKind =
  | 'invalid' // the input is malformed or breaks a rule (400/422)
  | 'unauthenticated' // no valid credentials (401)
  | 'forbidden' // authenticated but not allowed (403)
  | 'not_found' // the subject does not exist or is not visible (404)
  | 'conflict' // the subject's current state forbids the action (409)
  | 'too_large' // the payload exceeds a limit (413)
  | 'rate_limited' // too many attempts (429)
  | 'unavailable'; // a dependency is down (503)

/** One problem with one field of the input, named by a JSON pointer-like path. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** Base class of every error the domain raises on purpose. */
export class DomainError extends Error {
  override readonly name: string = 'DomainError';
  readonly code: string;
  readonly kind: ErrorKind;
  readonly details: Readonly<Record<string, unknown>>;
  readonly issues: readonly FieldIssue[];

  constructor(
    code: string,
    kind: ErrorKind,
    message: string,
    options: { details?: Record<string, unknown>; issues?: readonly FieldIssue[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.kind = kind;
    this.details = options.details ?? {};
    this.issues = options.issues ?? [];
  }
}

/** The input does not satisfy a schema or a business rule. */
export class ValidationError extends DomainError {
  override readonly name = 'ValidationError';
  constructor(message: string, issues: readonly FieldIssue[] = [], code = 'validation_failed') {
    super(code, 'invalid', message, { issues });
  }
}

export class NotFoundError extends DomainError {
  override readonly name = 'NotFoundError';
  constructor(subject: string, id: string) {
    super(`${subject}_not_found`, 'not_found', `${subject.replaceAll('_', ' ')} ${id} does not exist`, {
      details: { subject, id },
    });
  }
}

export class ConflictError extends DomainError {
  override readonly name = 'ConflictError';
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(code, 'conflict', message, { details });
  }
}

export class ForbiddenError extends DomainError {
  override readonly name = 'ForbiddenError';
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(code, 'forbidden', message, { details });
  }
}

export class UnauthenticatedError extends DomainError {
  override readonly name = 'UnauthenticatedError';
  constructor(code = 'unauthenticated', message = 'authentication is required') {
    super(code, 'unauthenticated', message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
