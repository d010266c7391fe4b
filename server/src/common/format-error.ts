import { ErrorCode } from '@throughline/shared';
import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { clientErrorOf, unexpectedError } from './client-errors';
import { tokenLimitRefusal } from './graphql-limits';
import { currentRequestId } from './request-id';

// Apollo's own codes for a request it refused. The contract keeps GRAPHQL_VALIDATION_FAILED (the
// server's limits) and answers the rest as BAD_USER_INPUT, a code of ErrorCode.
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function requestErrorCode(apolloCode: string): string {
  return apolloCode === 'GRAPHQL_VALIDATION_FAILED' ? apolloCode : ErrorCode.BAD_USER_INPUT;
}

/**
 * The single place where errors become GraphQL errors, mapped as REST errors are
 * (client-errors.ts): domain errors keep their code and message, errors Apollo raised about the
 * request pass through, anything else is logged and answered as INTERNAL_SERVER_ERROR without
 * internals. Every one carries the request id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const requestId = currentRequestId() ?? 'unknown';
  const original = unwrapResolverError(error);
  const { path, locations } = formatted;
  const code = formatted.extensions?.code;
  const clientError = clientErrorOf(original);
  if (clientError) {
    return { message: clientError.message, path, locations, extensions: { code: clientError.code, ...clientError.details, requestId } };
  }
  // The token limit stops the parser, so Apollo calls it a parse failure; the contract, a limit.
  const overTokenLimit = code === 'GRAPHQL_PARSE_FAILED' && tokenLimitRefusal(formatted.message);
  if (overTokenLimit) return { message: overTokenLimit, locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId } };
  if (typeof code === 'string' && APOLLO_REQUEST_CODES.has(code)) {
    return { message: formatted.message, locations, path, extensions: { code: requestErrorCode(code), requestId } };
  }
  const internal = unexpectedError(original, requestId, 'GraphQL');
  return { message: internal.message, path, extensions: { code: internal.code, requestId } };
}
