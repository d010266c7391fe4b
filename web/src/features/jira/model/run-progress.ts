import { SyncRunStatus } from '@throughline/shared';

type RunCounts = { status: SyncRunStatus | `${SyncRunStatus}`; issuesSeen: number; expectedIssues?: number | null };

export function isActiveRun(status: SyncRunStatus | `${SyncRunStatus}`): boolean {
  return status === SyncRunStatus.QUEUED || status === SyncRunStatus.RUNNING;
}

export interface RunProgress {
  /** 0..1 for a determinate bar; null when the total is unknown (an indeterminate bar). */
  fraction: number | null;
  /** "120 of about 340 issues", "120 issues read", "Waiting to start". */
  label: string;
}

const NUMBER = new Intl.NumberFormat('en');
const issues = (n: number) => `${NUMBER.format(n)} ${n === 1 ? 'issue' : 'issues'}`;

/**
 * Jira's count is approximate and child issues are added to it as they are found, so issues seen
 * may pass it: the bar stops just short of full until the run has really finished.
 */
export function runProgress(run: RunCounts): RunProgress {
  if (run.status === SyncRunStatus.QUEUED) return { fraction: null, label: 'Waiting to start' };
  const expected = run.expectedIssues ?? 0;
  if (!isActiveRun(run.status)) return { fraction: 1, label: `${issues(run.issuesSeen)} read` };
  if (expected <= 0) return { fraction: null, label: `${issues(run.issuesSeen)} read` };
  return { fraction: Math.min(run.issuesSeen / expected, 0.99), label: `${NUMBER.format(run.issuesSeen)} of about ${issues(expected)}` };
}
