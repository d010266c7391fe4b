import { SyncRunEntity } from './sync-run.entity';

/** What a run has done so far, as its record and a progress bar show it. */
export interface RunTally {
  readonly expectedIssues: number | null;
  readonly issuesSeen: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly warnings: readonly string[];
}

/** The numbers one page added: issues read, and what applying them did. */
export interface PageCounts {
  seen: number;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * One attempt's counters, and the only code that changes them. A resumed run keeps what earlier
 * attempts created, updated and removed (their pages are committed) and reads everything again,
 * so issuesSeen and unchanged start from zero.
 */
export class RunCounters implements RunTally {
  private expected: number | null;
  private seen = 0;
  private createdCount: number;
  private updatedCount: number;
  private unchangedCount = 0;
  private removedCount: number;
  /** Shared with the applier, which adds one for each issue it could not take as it is. */
  readonly warnings: string[];

  constructor(run: Pick<SyncRunEntity, 'expectedIssues' | 'created' | 'updated' | 'removed' | 'warnings'>) {
    this.expected = run.expectedIssues;
    this.createdCount = run.created;
    this.updatedCount = run.updated;
    this.removedCount = run.removed;
    this.warnings = [...run.warnings];
  }

  get expectedIssues(): number | null {
    return this.expected;
  }
  get issuesSeen(): number {
    return this.seen;
  }
  get created(): number {
    return this.createdCount;
  }
  get updated(): number {
    return this.updatedCount;
  }
  get unchanged(): number {
    return this.unchangedCount;
  }
  get removed(): number {
    return this.removedCount;
  }

  /** How many issues the run expects to read; null when Jira cannot say. */
  expect(total: number | null): void {
    this.expected = total;
  }

  addPage(page: PageCounts): void {
    this.seen += page.seen;
    this.createdCount += page.created;
    this.updatedCount += page.updated;
    this.unchangedCount += page.unchanged;
  }

  /** Child issues read for progress only: seen, never applied as initiatives. */
  addChildren(seen: number): void {
    this.seen += seen;
  }

  addRemoved(count: number): void {
    this.removedCount += count;
  }

  /** An initiative counted unchanged whose progress then moved is an update after all. */
  unchangedBecameUpdated(): void {
    this.unchangedCount--;
    this.updatedCount++;
  }
}
