import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ErrorCode } from '@throughline/shared';
import { DomainError } from './domain-error';
import { domainErrorFromPostgres } from './postgres-errors';

/** The HTTP status of each code (REST answers). A Record, so a new code cannot ship without one. */
export const HTTP_STATUS: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.DEPENDENCY_CYCLE]: HttpStatus.CONFLICT,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.INTERNAL_SERVER_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
};

const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [HttpStatus.CONFLICT]: ErrorCode.CONFLICT,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.RATE_LIMITED,
};

/** Nest's own 4xx (no such route, a file over multer's limit): the client's fault, under our codes. */
function fromHttpException(error: unknown): DomainError | null {
  if (!(error instanceof HttpException) || error.getStatus() >= 500) return null;
  return new DomainError(CODE_OF_STATUS[error.getStatus()] ?? ErrorCode.BAD_USER_INPUT, error.message);
}

/**
 * What a thrown value tells the client: a DomainError (its own, or mapped from Postgres or from
 * an HTTP exception), or null when it is unexpected. An INTERNAL_SERVER_ERROR is unexpected too:
 * its message may carry internals (a file path, a crypto failure).
 */
export function clientErrorOf(error: unknown): DomainError | null {
  const mapped = error instanceof DomainError ? error : (domainErrorFromPostgres(error) ?? fromHttpException(error));
  return mapped && mapped.code !== ErrorCode.INTERNAL_SERVER_ERROR ? mapped : null;
}

const logger = new Logger('Errors');

/** Logs the details with the request id; the client gets only the id to quote. */
export function unexpectedError(error: unknown, requestId: string, where: string): DomainError {
  logger.error(`Unexpected error in ${where} (request ${requestId})`, error instanceof Error ? error.stack : String(error));
  return new DomainError(ErrorCode.INTERNAL_SERVER_ERROR, `Internal server error: quote request id ${requestId} when you report it`);
}
