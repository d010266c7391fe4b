import { GraphQLError } from 'graphql';
import { DomainError } from '../common/domain-error';
import { DateTimeScalar } from '../common/scalars';

/** A pushed batch holds at most this many points (the contract's Outcomes section). */
export const MAX_POINTS_PER_BATCH = 10_000;

/** One value of a metric at an instant. */
export interface MeasurementPointValue {
  at: Date;
  value: number;
}

/** Refuses a batch over the limit, naming the list. */
export function assertBatchSize(points: readonly unknown[], field: string): void {
  if (points.length > MAX_POINTS_PER_BATCH) {
    throw DomainError.badInput(field, `at most ${MAX_POINTS_PER_BATCH} points in one batch, got ${points.length}`);
  }
}

function parsePoint(raw: unknown, field: string): MeasurementPointValue {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw DomainError.badInput(field, 'must be an object {"at", "value"}');
  const { at, value } = raw as Record<string, unknown>;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw DomainError.badInput(`${field}.value`, 'must be a number');
  try {
    return { at: DateTimeScalar.parseValue(at) as Date, value };
  } catch (error) {
    if (error instanceof GraphQLError) throw DomainError.badInput(`${field}.at`, error.message);
    throw error;
  }
}

/** A REST body: a JSON array of {at, value}; the first bad point is named by its index (`body[3].value`). */
export function parseMeasurementPoints(body: unknown, field = 'body'): MeasurementPointValue[] {
  if (!Array.isArray(body)) throw DomainError.badInput(field, 'must be a JSON array of {"at", "value"} points');
  assertBatchSize(body, field);
  return body.map((raw, index) => parsePoint(raw, `${field}[${index}]`));
}
