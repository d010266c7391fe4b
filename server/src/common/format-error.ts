import { ErrorCode } from '@throughline/shared';
import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from './domain-error';
import { domainErrorFromPostgres } from './postgres-errors';

const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function extensionsOf(error: DomainError): Record<string, unknown> {
  switch (error.code) {
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.NOT_FOUND:
    case ErrorCode.CONFLICT:
    case ErrorCode.DEPENDENCY_CYCLE:
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.FORBIDDEN:
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return { code: error.code, ...error.details };
    default: {
      const unknownCode: never = error.code;
      throw new Error(`unmapped error code ${String(unknownCode)}`);
    }
  }
}

/**
 * The single place where errors become GraphQL errors: domain errors keep their code and
 * message, errors Apollo raised about the request pass through, anything else is logged and
 * answered as INTERNAL_SERVER_ERROR without internals.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const domainError = original instanceof DomainError ? original : domainErrorFromPostgres(original);
  if (domainError) {
    return { message: domainError.message, path: formatted.path, locations: formatted.locations, extensions: extensionsOf(domainError) };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  console.error('[graphql] internal error', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
