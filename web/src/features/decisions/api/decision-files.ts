/** The zip of every decision as a MADR file (GET, the session cookie suffices). */
export const DECISIONS_EXPORT_URL = '/api/v1/decisions/export';

/** What an import did, file by file (the server's answer). */
export interface DecisionImportAnswer {
  created: Array<{ id: string; number: number; title: string; fileName: string }>;
  renumbered: Array<{ fileName: string; from: number; to: number }>;
  unchanged: Array<{ fileName: string; number: number }>;
}

/** A refused import: the message names the file at fault; nothing was written. */
export class DecisionImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecisionImportError';
  }
}

/** POSTs .md files and zips of them; all or nothing. */
export async function importDecisionFiles(files: readonly File[], endpoint = '/api/v1/decisions/import'): Promise<DecisionImportAnswer> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  let response: Response;
  try {
    // With a session cookie, the server takes a REST change only with what a cross-site form cannot send.
    response = await fetch(endpoint, { method: 'POST', body: form, headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  } catch {
    throw new DecisionImportError('The server could not be reached. Check your connection and try again.');
  }
  const answer = (await response.json().catch(() => ({}))) as Partial<DecisionImportAnswer> & { error?: { message: string } };
  if (response.ok && answer.created) return answer as DecisionImportAnswer;
  throw new DecisionImportError(
    answer.error?.message.replace(/^files: /, '') ?? `The server answered ${response.status} without saying why.`,
  );
}
