/**
 * Domain errors carry a stable machine code from the catalogue (error-codes.ts) and no HTTP
 * knowledge; the code decides the kind, the server's edge handler maps kinds to status codes
 * and renders RFC 9457 problem+json.
 */
import { type CodeOf, type ErrorCode, type ErrorKind, kindOf } from './error-codes.js';

export type { ErrorCode, ErrorKind } from './error-codes.js';

/** One problem with one field of the input, named by a JSON pointer-like path. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
  /**
   * For schema checks: the rule broken (`required`, `minLength`, `maxLength`, `pattern`,
   * `enum`, `type`, `format`, `minimum`, `maximum`, `unknown_field`) and its limit, so a client
   * can say it in its person's language.
   */
  readonly rule?: string;
  readonly limit?: string | number;
}

/** Base class of every error the domain raises on purpose. */
export class DomainError extends Error {
  override readonly name: string = 'DomainError';
  readonly code: ErrorCode;
  readonly kind: ErrorKind;
  readonly details: Readonly<Record<string, unknown>>;
  readonly issues: readonly FieldIssue[];

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; issues?: readonly FieldIssue[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.kind = kindOf(code);
    this.details = options.details ?? {};
    this.issues = options.issues ?? [];
  }
}

/** The input does not satisfy a schema or a business rule. */
export class ValidationError extends DomainError {
  override readonly name = 'ValidationError';
  constructor(
    message: string,
    issues: readonly FieldIssue[] = [],
    code: CodeOf<'invalid'> = 'validation_failed',
  ) {
    super(code, message, { issues });
  }
}

/** What a not-found error may be about: the subjects whose `<subject>_not_found` code exists. */
export type NotFoundSubject =
  CodeOf<'not_found'> extends infer C ? (C extends `${infer S}_not_found` ? S : never) : never;

export class NotFoundError extends DomainError {
  override readonly name = 'NotFoundError';
  constructor(subject: NotFoundSubject, id: string) {
    super(`${subject}_not_found`, `${subject.replaceAll('_', ' ')} ${id} does not exist`, {
      details: { subject, id },
    });
  }
}

export class ConflictError extends DomainError {
  override readonly name = 'ConflictError';
  constructor(code: CodeOf<'conflict'>, message: string, details: Record<string, unknown> = {}) {
    super(code, message, { details });
  }
}

export class ForbiddenError extends DomainError {
  override readonly name = 'ForbiddenError';
  constructor(code: CodeOf<'forbidden'>, message: string, details: Record<string, unknown> = {}) {
    super(code, message, { details });
  }
}

export class UnauthenticatedError extends DomainError {
  override readonly name = 'UnauthenticatedError';
  constructor(code: CodeOf<'unauthenticated'> = 'unauthenticated', message = 'authentication is required') {
    super(code, message);
  }
}

/**
 * A broken internal invariant — a bug, or data damaged outside Comity — that no input can
 * cause. Never shown to users: the edge answers a generic 500 naming the request id.
 */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
