import { runProgress } from './run-progress';

const run = (status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED', issuesSeen: number, expectedIssues: number | null) => ({
  status,
  issuesSeen,
  expectedIssues,
});

describe('runProgress', () => {
  it('is the share of the expected issues seen so far', () => {
    expect(runProgress(run('RUNNING', 85, 340))).toEqual({ fraction: 0.25, label: '85 of about 340 issues' });
  });

  it('is indeterminate while Jira has given no count', () => {
    expect(runProgress(run('RUNNING', 120, null))).toEqual({ fraction: null, label: '120 issues read' });
    expect(runProgress(run('RUNNING', 0, 0))).toEqual({ fraction: null, label: '0 issues read' });
  });

  it('waits, indeterminate, while the run is queued', () => {
    expect(runProgress(run('QUEUED', 0, 200))).toEqual({ fraction: null, label: 'Waiting to start' });
  });

  it('stays short of full while running, even when child issues take the count past the estimate', () => {
    expect(runProgress(run('RUNNING', 412, 400)).fraction).toBe(0.99);
    expect(runProgress(run('RUNNING', 400, 400)).fraction).toBe(0.99);
  });

  it('is full once the run has ended, either way', () => {
    expect(runProgress(run('SUCCEEDED', 412, 400))).toEqual({ fraction: 1, label: '412 issues read' });
    expect(runProgress(run('FAILED', 1, 400))).toEqual({ fraction: 1, label: '1 issue read' });
  });

  it('groups thousands', () => {
    expect(runProgress(run('RUNNING', 1500, 12000)).label).toBe('1,500 of about 12,000 issues');
  });
});
