import { IntrinsicException } from '@nestjs/common';
import { ErrorCode } from '@throughline/shared';

export interface ErrorDetails {
  /** The input field at fault, as the client named it ("input.endDate"). */
  field?: string;
  [key: string]: unknown;
}

/**
 * The one error type of the domain; format-error.ts turns it into GraphQL `extensions`.
 * Intrinsic: an expected outcome, so Nest does not log it as a crash.
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(field: string, problem: string): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: ${problem}`, { field });
  }

  /** NOT_FOUND whose message, like that of bad input, starts with the field at fault when there is one. */
  static notFound(what: string, id: string, field?: string): DomainError {
    const message = `${what} ${id} does not exist`;
    return new DomainError(ErrorCode.NOT_FOUND, field ? `${field}: ${message}` : message, field ? { field } : {});
  }

  static conflict(what: string, id: string): DomainError {
    return new DomainError(
      ErrorCode.CONFLICT,
      `${what} ${id} was changed by someone else since you loaded it; reload and apply your change again`,
      { field: 'input.version' },
    );
  }
}
