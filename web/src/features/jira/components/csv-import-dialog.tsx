import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { CsvImportTarget } from '../api/import-csv';
import { useCsvUpload } from '../hooks/use-csv-upload';
import { CsvImportResult } from './csv-import-result';
import { FileField } from './file-field';

const NEW = '';
export const DEFAULT_CSV_CONNECTION = 'CSV import';

interface CsvImportDialogProps {
  open: boolean;
  connections: readonly { id: string; name: string }[];
  onClose: () => void;
  /** After an import ran: connections and their histories changed. */
  onImported: () => void;
}

export function CsvImportDialog({ open, connections, onClose, onImported }: CsvImportDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Import a Jira CSV export"
      description="For a site Throughline cannot reach, or a one-off import: upload an export from Jira."
    >
      {open && <CsvImportForm connections={connections} onClose={onClose} onImported={onImported} />}
    </Dialog>
  );
}

function targetOf(connectionId: string, name: string, baseUrl: string): CsvImportTarget {
  if (connectionId) return { connectionId };
  return { name: name.trim() || DEFAULT_CSV_CONNECTION, ...(baseUrl.trim() ? { baseUrl: baseUrl.trim() } : {}) };
}

const STEPS = (
  <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-600">
    <li>In Jira, search for the issues to import, e.g. your epics.</li>
    <li>Choose Export → Export CSV (all fields) and save the file.</li>
    <li>Upload it here. Issues imported before are updated, not duplicated.</li>
  </ol>
);

function CsvImportForm({ connections, onClose, onImported }: Omit<CsvImportDialogProps, 'open'>) {
  const [file, setFile] = useState<File | null>(null);
  const [connectionId, setConnectionId] = useState(connections[0]?.id ?? NEW);
  const [name, setName] = useState(DEFAULT_CSV_CONNECTION);
  const [baseUrl, setBaseUrl] = useState('');
  const { uploading, failure, result, upload, clear, fail } = useCsvUpload(onImported);
  const errorAt = (...fields: string[]) => (failure?.field && fields.includes(failure.field) ? failure.message : undefined);
  const placed = ['file', 'connection', 'connectionId', 'input.baseUrl', 'baseUrl'];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return fail('Choose the CSV file to import.', 'file');
    const target = targetOf(connectionId, name, baseUrl);
    const into = 'connectionId' in target ? (connections.find((c) => c.id === connectionId)?.name ?? 'the connection') : target.name;
    await upload(file, target, into);
  };

  const options = [...connections.map((c) => ({ value: c.id, label: c.name })), { value: NEW, label: 'A new connection…' }];
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {STEPS}
      <FileField
        label="CSV file"
        accept=".csv,text/csv"
        file={file}
        onFile={(f) => {
          setFile(f);
          clear();
        }}
        error={errorAt('file')}
      />
      <SelectField
        label="Import into"
        value={connectionId}
        options={options}
        onChange={(e) => setConnectionId(e.target.value)}
        error={errorAt('connection', 'connectionId')}
      />
      {connectionId === NEW && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Connection name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            hint="An existing connection of that name is reused."
          />
          <TextField
            label="Site URL"
            type="url"
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
            error={errorAt('input.baseUrl', 'baseUrl')}
            placeholder="https://your-company.atlassian.net"
            hint="Optional: for links to the issues."
          />
        </div>
      )}
      {failure && !placed.includes(failure.field ?? '') && (
        <p role="alert" className="rounded-md border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-800">
          {failure.message}
        </p>
      )}
      {result && <CsvImportResult run={result.run} connectionName={result.into} />}
      <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
        <Button onClick={onClose}>{result ? 'Done' : 'Cancel'}</Button>
        <Button type="submit" variant="primary" busy={uploading} disabled={!!result}>
          Import
        </Button>
      </div>
    </form>
  );
}
