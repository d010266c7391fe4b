import { isIsoDate } from '@throughline/shared';
import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

function badValue(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw badValue(`Date must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(value)}`);
  }
  return value;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime()) || !isIsoDate(value!.toString().slice(0, 10))) {
    throw badValue(`DateTime must be an ISO 8601 instant with a time zone, e.g. "2027-03-31T12:00:00.000Z", got ${JSON.stringify(value)}`);
  }
  return date;
}

function literal(ast: ValueNode): unknown {
  return ast.kind === Kind.STRING ? ast.value : ast.kind;
}

/** A calendar date with no time of day, carried as "YYYY-MM-DD". */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date with no time of day, "2027-03-31".',
  // Outgoing dates come from `date` columns, already "YYYY-MM-DD": a roadmap serialises 10,000 of them.
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literal(ast)),
});

/** An instant, carried as a JS Date inside and ISO 8601 in UTC outside. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 instant, "2027-03-31T12:00:00.000Z".',
  serialize: (value) => (value instanceof Date ? value.toISOString() : parseDateTime(value).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literal(ast)),
});
