import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stubModalDialogs, syncRun } from '../test/fixtures';
import { CsvImportDialog } from './csv-import-dialog';

beforeAll(stubModalDialogs);

const answer = (status: number, body: unknown) =>
  jest.fn().mockResolvedValue({ ok: status < 300, status, json: () => Promise.resolve(body) });
const csv = new File(['Issue key,Summary\nPLAT-1,Faster checkout\n'], 'epics.csv', { type: 'text/csv' });

function renderDialog(connections = [{ id: 'conn-1', name: 'Acme Jira' }]) {
  const onImported = jest.fn();
  render(<CsvImportDialog open connections={connections} onClose={jest.fn()} onImported={onImported} />);
  return { onImported };
}

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

describe('CsvImportDialog', () => {
  it('uploads the file to the chosen connection and shows what the import did', async () => {
    const fetch = answer(200, {
      run: { ...syncRun({ source: 'CSV', issuesSeen: 42, created: 40, updated: 2, unchanged: 0 }), connectionId: 'conn-1' },
    });
    Object.assign(globalThis, { fetch });
    const { onImported } = renderDialog();

    await userEvent.upload(screen.getByLabelText('CSV file'), csv);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    const result = await screen.findByRole('status');
    expect(result).toHaveTextContent('Imported into Acme Jira');
    expect(result).toHaveTextContent(/Read\s*42/);
    expect(result).toHaveTextContent(/Created\s*40/);
    expect(onImported).toHaveBeenCalled();
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/jira/import-csv');
    expect((init.body as FormData).get('connectionId')).toBe('conn-1');
    expect((init.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('shows a refused file at the file field, without the field’s name', async () => {
    Object.assign(globalThis, {
      fetch: answer(400, {
        error: { code: 'BAD_USER_INPUT', message: 'file: the file holds no issues', field: 'file', requestId: 'r-1' },
      }),
    });
    renderDialog();
    await userEvent.upload(screen.getByLabelText('CSV file'), csv);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('the file holds no issues')).toBeInTheDocument();
    expect(screen.getByLabelText('CSV file')).toHaveAttribute('aria-invalid', 'true');
  });

  it('makes a new connection by name when there is none to choose', async () => {
    const fetch = answer(200, {
      run: { ...syncRun({ source: 'CSV', status: 'FAILED', error: 'The database went away' }), connectionId: 'conn-2' },
    });
    Object.assign(globalThis, { fetch });
    renderDialog([]);
    await userEvent.upload(screen.getByLabelText('CSV file'), csv);
    await userEvent.type(screen.getByLabelText('Site URL'), 'https://acme.atlassian.net');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The import into CSV import failed');
    const body = fetch.mock.calls[0][1].body as FormData;
    expect(body.get('name')).toBe('CSV import');
    expect(body.get('baseUrl')).toBe('https://acme.atlassian.net');
  });
});
