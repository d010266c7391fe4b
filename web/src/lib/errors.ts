import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ErrorCode } from '@throughline/shared';

/** One error the API answered with, as the UI shows it. */
export interface ApiError {
  message: string;
  /** `extensions.code`, e.g. "CONFLICT"; undefined for network failures. */
  code?: string;
  /** `extensions.field`, the input field at fault, e.g. "input.endDate". */
  field?: string;
  /** `extensions.fields`, every input field at fault (validation errors name several). */
  fields?: string[];
}

function fromGraphQL(error: CombinedGraphQLErrors): ApiError[] {
  return error.errors.map(({ message, extensions }) => ({
    message,
    code: typeof extensions?.code === 'string' ? extensions.code : undefined,
    field: typeof extensions?.field === 'string' ? extensions.field : undefined,
    fields: Array.isArray(extensions?.fields) ? extensions.fields.filter((f): f is string => typeof f === 'string') : undefined,
  }));
}

/** Every error inside what Apollo threw or returned, GraphQL errors with their extensions. */
export function apiErrors(error: unknown): ApiError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) return fromGraphQL(error);
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return [{ message: `The server could not be reached or answered badly (${error.statusCode}).` }];
  }
  if (error instanceof Error) return [{ message: error.message }];
  return [{ message: String(error) }];
}

/** The `extensions.code` of the first GraphQL error, if any. */
export function errorCode(error: unknown): string | undefined {
  return apiErrors(error).find((e) => e.code)?.code;
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return apiErrors(error).some((e) => e.code === code);
}

/** "input.endDate" → "endDate": forms name their fields after the input's properties. */
export function inputFieldName(field: string): string {
  return field.replace(/^input\./, '');
}

// Validation messages read "input.title: must be shorter…; input.endDate: …"; keep each part
// next to the field it names, and the whole message where no part names it.
function messageFor(field: string, message: string): string {
  const part = message.split('; ').find((p) => p.startsWith(`${field}: `));
  return part ? part.slice(field.length + 2) : message;
}

/**
 * The messages to show next to form fields, keyed by input property ("title", "endDate").
 * Errors that name no field are left to a banner (see `unplacedErrors`).
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const e of apiErrors(error)) {
    const fields = e.fields?.length ? e.fields : e.field ? [e.field] : [];
    for (const field of fields) {
      const name = inputFieldName(field);
      result[name] ??= messageFor(field, e.message);
    }
  }
  return result;
}

/** Errors a form cannot show at a field of its own (fields it does not have, or none). */
export function unplacedErrors(error: unknown, formFields: readonly string[]): ApiError[] {
  return apiErrors(error).filter((e) => {
    const fields = e.fields?.length ? e.fields : e.field ? [e.field] : [];
    return !fields.some((f) => formFields.includes(inputFieldName(f)));
  });
}
