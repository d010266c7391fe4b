import { useState } from 'react';
import { fieldErrors, unplacedErrors } from './errors';

/** What a form found wrong before sending, by field; undefined where nothing is wrong. */
export type FieldProblems = Record<string, string | undefined>;

export type FormMutationTuple<TData, TVariables> = [
  mutate: (options: { variables: TVariables }) => Promise<{ data?: TData | null }>,
  result: { loading: boolean; error?: unknown; reset: () => void },
];

/**
 * A form's mutation with its errors placed: at each field the problem the form found itself,
 * else what the API said about it; errors naming none of `formFields` go to `bannerErrors`.
 */
export function useFormMutation<TData, TVariables>(
  [mutate, { loading, error, reset }]: FormMutationTuple<TData, TVariables>,
  formFields: readonly string[],
) {
  const [problems, setProblems] = useState<FieldProblems>({});
  const errors: FieldProblems = { ...fieldErrors(error) };
  for (const [field, problem] of Object.entries(problems)) if (problem !== undefined) errors[field] = problem;

  /** Shows `found` at the fields and sends only when it is empty; the data, or null when nothing was saved. */
  const submit = async (found: FieldProblems, variables: TVariables): Promise<TData | null> => {
    setProblems(found);
    if (Object.values(found).some(Boolean)) return null;
    const result = await mutate({ variables }).catch(() => null);
    return result?.data ?? null;
  };

  /** Forgets the problems and the mutation's result, e.g. when the form is closed. */
  const clear = () => {
    setProblems({});
    reset();
  };

  return { submit, clear, loading, error, errors, bannerErrors: unplacedErrors(error, formFields) };
}
