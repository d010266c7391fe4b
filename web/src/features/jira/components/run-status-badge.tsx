import { SyncRunStatus } from '@throughline/shared';
import { Badge } from '../../../components/ui/badge';
import type { Tone } from '../../../components/ui/tones';

const LABEL: Record<SyncRunStatus, string> = {
  [SyncRunStatus.QUEUED]: 'Queued',
  [SyncRunStatus.RUNNING]: 'Running',
  [SyncRunStatus.SUCCEEDED]: 'Succeeded',
  [SyncRunStatus.FAILED]: 'Failed',
};

const TONE: Record<SyncRunStatus, Tone> = {
  [SyncRunStatus.QUEUED]: 'neutral',
  [SyncRunStatus.RUNNING]: 'accent',
  [SyncRunStatus.SUCCEEDED]: 'success',
  [SyncRunStatus.FAILED]: 'danger',
};

/** A run's status; with no run at all, "Never synced". */
export function RunStatusBadge({ status }: { status: SyncRunStatus | `${SyncRunStatus}` | undefined }) {
  if (!status) return <Badge tone="muted">Never synced</Badge>;
  return (
    <Badge tone={TONE[status as SyncRunStatus]} dot>
      {LABEL[status as SyncRunStatus]}
    </Badge>
  );
}
