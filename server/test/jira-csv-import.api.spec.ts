import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SyncRunStatus } from '@throughline/shared';
import { blocks, imported } from './jira-factories';
import { AnswerData, useTestApp } from './test-app';

const EXPORT = readFileSync(join(__dirname, 'fake-jira/jira-export-all-fields.csv'));

describe('Jira CSV import (POST /api/jira/import-csv)', () => {
  // The fake Jira listens on 127.0.0.1, which the network guard refuses unless told otherwise.
  const t = useTestApp({ JIRA_SYNC_WORKERS: '2', ALLOW_PRIVATE_NETWORK_TARGETS: 'true' });

  async function upload(query: string, body: BodyInit, contentType?: string) {
    const response = await t.fetch(`/api/jira/import-csv${query}`, {
      method: 'POST',
      body,
      ...(contentType ? { headers: { 'content-type': contentType } } : {}),
    });
    return { status: response.status, body: (await response.json()) as AnswerData };
  }

  const multipart = (name: string) => {
    const form = new FormData();
    form.append('name', name);
    form.append('file', new Blob([EXPORT], { type: 'text/csv' }), 'export.csv');
    return form;
  };

  it('imports an "all fields" export with the mapping of a sync, and changes nothing the second time', async () => {
    const first = await upload('?name=Exported&baseUrl=https://acme.atlassian.net', EXPORT, 'text/csv');
    expect(first).toMatchObject({
      status: 200,
      body: { run: { status: SyncRunStatus.SUCCEEDED, source: 'CSV', created: 5, updated: 0, unchanged: 0 } },
    });
    const connectionId = first.body.run.connectionId;
    const before = await imported(t, connectionId);

    const second = await upload('', multipart('Exported'));

    expect(second).toMatchObject({
      status: 200,
      body: { run: { connectionId, status: SyncRunStatus.SUCCEEDED, created: 0, updated: 0, unchanged: 5 } },
    });
    expect(await imported(t, connectionId)).toEqual(before);
    expect(before.get('ALPHA-1')).toMatchObject({
      title: 'Checkout rewrite — Zahlungsflüsse 🚀 "fast" 日本語',
      status: 'IN_PROGRESS',
      startDate: '2026-04-01',
      endDate: '2026-06-30',
      leadTeamName: 'Payments Squad',
      externalUrl: 'https://acme.atlassian.net/browse/ALPHA-1',
      progress: 1,
    });
    expect(before.get('ALPHA-2')).toMatchObject({
      status: 'PLANNED',
      startDate: null,
      endDate: '2026-09-15',
      leadTeamKey: 'ALPHA',
      progress: null,
    });
    expect(before.get('BETA-7')).toMatchObject({ endDate: '2026-12-31', leadTeamKey: 'BETA' });
    expect(await blocks(t, connectionId)).toEqual(['ALPHA-1>ALPHA-2', 'ALPHA-1>BETA-7']);
  });

  it('answers 400 naming the file when it is not a Jira export, 404 for an unknown connection', async () => {
    const notCsv = await upload('?name=Broken', 'just some text\nnot, a, jira, export', 'text/csv');
    const empty = await upload('?name=Broken', '', 'text/csv');
    const unknown = await upload('?connectionId=00000000-0000-4000-8000-000000000000', EXPORT, 'text/csv');

    expect(notCsv).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', field: 'file' } } });
    expect(empty).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', field: 'file' } } });
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND', field: 'connection' } } });
  });

  it('makes a CSV-only connection that lists without a token and refuses "sync now" with a clear message', async () => {
    const { body } = await upload('?name=Only%20CSV', EXPORT, 'text/csv');
    const { jiraConnections } = await t.ok(`{ jiraConnections { id name baseUrl hasApiToken runs { source status } } }`);
    expect(jiraConnections.find((c: { id: string }) => c.id === body.run.connectionId)).toEqual({
      id: body.run.connectionId,
      name: 'Only CSV',
      baseUrl: '',
      hasApiToken: false,
      runs: [{ source: 'CSV', status: 'SUCCEEDED' }],
    });
    expect((await imported(t, body.run.connectionId)).get('ALPHA-1')!.externalUrl).toBeNull();

    const sync = await t.gql(`mutation($id: ID!) { syncJiraConnection(id: $id) { id } }`, { id: body.run.connectionId });
    expect(sync.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    expect(sync.errors?.[0].message).toMatch(/no API token/);
  });
});
