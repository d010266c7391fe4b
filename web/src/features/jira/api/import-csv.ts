import type { SyncRunFieldsFragment } from '../../../gql/graphql';

/** Where an uploaded export goes: an existing connection, or one found or made by name. */
export type CsvImportTarget = { connectionId: string } | { name: string; baseUrl?: string };

/** What the endpoint answers for an import that ran (SUCCEEDED or FAILED). */
export type CsvImportRun = Omit<SyncRunFieldsFragment, '__typename'> & { connectionId: string };

/** A refusal before anything ran: not a Jira export, no such connection, a run in progress… */
export class CsvImportError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CsvImportError';
  }
}

/** A run, or the API's REST error shape (api-contract.graphql). */
interface ImportAnswer {
  run?: CsvImportRun;
  error?: { code: string; message: string; field?: string; requestId?: string };
}

/** POSTs a Jira "Export → CSV (all fields)" file to the server, which imports it like a sync. */
export async function importJiraCsv(file: Blob, target: CsvImportTarget, endpoint = '/api/jira/import-csv'): Promise<CsvImportRun> {
  const form = new FormData();
  for (const [name, value] of Object.entries(target)) if (value) form.append(name, value);
  form.append('file', file);
  let response: Response;
  try {
    // With a session cookie, the server takes a REST change only with what a cross-site form cannot send.
    response = await fetch(endpoint, { method: 'POST', body: form, headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  } catch {
    throw new CsvImportError('The server could not be reached. Check your connection and try again.');
  }
  const answer = (await response.json().catch(() => ({}))) as ImportAnswer;
  if (response.ok && answer.run) return answer.run;
  const { error } = answer;
  if (!error) throw new CsvImportError(`The server answered ${response.status} without saying why.`);
  const field = error.field;
  // "file: the file holds no issues" is shown at the file field, without its name.
  const message = field && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
  throw new CsvImportError(message, field);
}
