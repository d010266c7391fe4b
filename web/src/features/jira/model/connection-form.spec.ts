import type { JiraConnectionFieldsFragment } from '../../../gql/graphql';
import { createInput, EMPTY_CONNECTION, missingFields, scheduleOptions, updateInput, valuesOf } from './connection-form';

const connection: JiraConnectionFieldsFragment = {
  __typename: 'JiraConnection',
  id: 'c1',
  name: 'Acme',
  baseUrl: 'https://acme.atlassian.net',
  email: 'pm@acme.com',
  jql: 'project = PLAT',
  syncEveryMinutes: 30,
  lastSyncedAt: null,
  hasApiToken: true,
  fieldOverrides: { __typename: 'JiraFieldOverrides', targetStart: null, targetEnd: null, team: 'customfield_10001' },
  runs: [],
};

describe('the connection form', () => {
  it('creates with trimmed values, a null schedule for "on demand" and no overrides when none are given', () => {
    const values = {
      ...EMPTY_CONNECTION,
      name: ' Acme ',
      baseUrl: 'https://acme.atlassian.net ',
      email: 'pm@acme.com',
      apiToken: ' tok ',
      syncEveryMinutes: '',
    };
    expect(createInput(values)).toEqual({
      name: 'Acme',
      baseUrl: 'https://acme.atlassian.net',
      email: 'pm@acme.com',
      apiToken: 'tok',
      jql: 'project in (PLAT, CHK) AND issuetype = Epic',
      syncEveryMinutes: null,
    });
  });

  it('updates only what changed, and keeps the stored token when the token is left blank', () => {
    const before = valuesOf(connection);
    expect(before.apiToken).toBe('');
    expect(updateInput('c1', { ...before, jql: 'project = CHK ' }, before)).toEqual({ id: 'c1', jql: 'project = CHK' });
    expect(updateInput('c1', before, before)).toEqual({ id: 'c1' });
  });

  it('sends a new token, a cleared schedule and changed overrides', () => {
    const before = valuesOf(connection);
    const input = updateInput('c1', { ...before, apiToken: 'new', syncEveryMinutes: '', team: '', targetEnd: 'customfield_10023' }, before);
    expect(input).toEqual({
      id: 'c1',
      apiToken: 'new',
      syncEveryMinutes: null,
      fieldOverrides: { targetStart: null, targetEnd: 'customfield_10023', team: null },
    });
  });

  it('asks for what is missing, the token only when none is stored', () => {
    const blank = { ...EMPTY_CONNECTION, jql: ' ' };
    expect(Object.keys(missingFields(blank, false))).toEqual(['name', 'baseUrl', 'email', 'apiToken', 'jql']);
    expect(Object.keys(missingFields(valuesOf(connection), true))).toEqual([]);
  });

  it('offers a schedule set outside the presets', () => {
    expect(scheduleOptions('45').at(-1)).toEqual({ value: '45', label: 'Every 45 minutes' });
    expect(scheduleOptions('60').some((o) => o.value === '45')).toBe(false);
  });
});
