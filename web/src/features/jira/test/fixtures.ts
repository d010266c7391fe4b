import type { JiraConnectionFieldsFragment, SyncRunFieldsFragment } from '../../../gql/graphql';

export function syncRun(patch: Partial<SyncRunFieldsFragment> = {}): SyncRunFieldsFragment {
  return {
    __typename: 'SyncRun',
    id: 'run-1',
    status: 'SUCCEEDED',
    full: false,
    source: 'JIRA',
    createdAt: '2027-03-10T11:00:00.000Z',
    startedAt: '2027-03-10T11:00:01.000Z',
    finishedAt: '2027-03-10T11:00:41.000Z',
    expectedIssues: 40,
    issuesSeen: 40,
    created: 3,
    updated: 5,
    unchanged: 32,
    removed: 0,
    error: null,
    warnings: [],
    ...patch,
  };
}

export function jiraConnection(patch: Partial<JiraConnectionFieldsFragment> = {}): JiraConnectionFieldsFragment {
  return {
    __typename: 'JiraConnection',
    id: 'conn-1',
    name: 'Acme Jira',
    baseUrl: 'https://acme.atlassian.net',
    email: 'pm@acme.com',
    jql: 'project in (PLAT, CHK) AND issuetype = Epic',
    syncEveryMinutes: 30,
    lastSyncedAt: '2027-03-10T11:00:41.000Z',
    hasApiToken: true,
    fieldOverrides: { __typename: 'JiraFieldOverrides', targetStart: null, targetEnd: null, team: null },
    runs: [syncRun()],
    ...patch,
  };
}

// jsdom has no modal dialogs; opening one just sets `open`.
export function stubModalDialogs() {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}
