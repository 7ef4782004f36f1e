/**
 * CLI conventions: results on stdout, one readable line per error on stderr, and documented
 * exit codes (README "CLI").
 */
import { DomainError } from '../core/errors.js';
import { ConfigError } from '../app/config/config.js';

export const EXIT = {
  ok: 0,
  /** The command ran and found a problem (e.g. a broken audit chain, invalid regime packs). */
  failed: 1,
  /** Wrong usage or configuration. */
  usage: 2,
  /** The database could not be reached or opened. */
  unavailable: 3,
} as const;

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
  }
}

/** Prints one line and returns the exit code for any error a command throws. */
export function reportError(error: unknown): number {
  if (error instanceof CliError) {
    console.error(`comity: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof ConfigError) {
    console.error(`comity: configuration error: ${error.message}`);
    return EXIT.usage;
  }
  if (error instanceof DomainError) {
    const firstIssue = error.issues[0];
    console.error(
      `comity: ${error.message}${firstIssue && !error.message.includes(firstIssue.message) ? ` (${firstIssue.path} ${firstIssue.message})` : ''}`,
    );
    return error.kind === 'unavailable'
      ? EXIT.unavailable
      : error.kind === 'invalid'
        ? EXIT.usage
        : EXIT.failed;
  }
  console.error(`comity: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT.failed;
}
