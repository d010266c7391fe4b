import { useState } from 'react';
import { useLocation } from 'react-router';
import { SharedViewError } from '../../components/shared-view-error';
import { EmptyState } from '../../components/ui/empty-state';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingBlock } from '../../components/ui/spinner';
import { formatDateRange } from '../../lib/format';
import { localTodayIso } from '../../lib/today';
import { useAlignmentOverview } from './api/alignment-overview.query';
import { useFiscalStartMonth } from './api/fiscal-calendar.query';
import { AlignmentSections } from './components/alignment-sections';
import { windowOf } from './fiscal-window';

/**
 * Alignment of the fiscal year a share link names (?fy=2027), read-only. The year's start month
 * is asked on 1 January of its name, a day inside it whatever month it starts in.
 */
export default function SharedAlignmentPage() {
  const { search } = useLocation();
  const [today] = useState(localTodayIso);
  const fy = new URLSearchParams(search).get('fy') ?? '';
  const startMonth = useFiscalStartMonth(/^\d{4}$/.test(fy) ? `${fy}-01-01` : today);
  const window = startMonth === null ? null : windowOf(fy, today, startMonth);
  const { data, loading, error, refetch } = useAlignmentOverview(window);
  const alignment = data?.alignment;
  return (
    <PageFrame wide>
      <PageHeader
        title="Alignment"
        description={`Which work serves which goal, and whether the goals' metrics move${window ? ` · ${window.label}, ${formatDateRange(window.start, window.end)}` : ''}.`}
      />
      <SharedViewError error={error} title="Alignment could not be loaded" onRetry={() => void refetch()} />
      {!alignment ? (
        (loading || !window) && !error && <LoadingBlock label="Loading alignment" />
      ) : alignment.goals.length === 0 && alignment.unaligned.length === 0 ? (
        <EmptyState title="Nothing in this year" description={`No goal or initiative in ${window?.label} yet.`} />
      ) : (
        <AlignmentSections alignment={alignment} windowLabel={window?.label} />
      )}
    </PageFrame>
  );
}
