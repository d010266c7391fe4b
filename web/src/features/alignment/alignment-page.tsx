import { Role } from '@throughline/shared';
import { localTodayIso } from '../../lib/today';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import type { NewGoalDialogSlot, NewInitiativeDialogSlot, ShareButtonSlot } from '../../components/slots';
import { SelectField } from '../../components/ui/select-field';
import { LoadingBlock } from '../../components/ui/spinner';
import { formatDateRange } from '../../lib/format';
import { useAlignmentOverview } from './api/alignment-overview.query';
import { useFiscalStartMonth } from './api/fiscal-calendar.query';
import { AlignmentSections } from './components/alignment-sections';
import { AlignmentVerdicts } from './components/verified-work-line';
import { GettingStarted } from './components/getting-started';
import { fiscalYearChoices, windowOf } from './fiscal-window';
import { useCan } from '../../lib/session/use-can';

interface AlignmentPageProps {
  NewGoalDialog: NewGoalDialogSlot;
  NewInitiativeDialog: NewInitiativeDialogSlot;
  ShareButton?: ShareButtonSlot;
}

export default function AlignmentPage({ NewGoalDialog, NewInitiativeDialog, ShareButton }: AlignmentPageProps) {
  const today = localTodayIso();
  const [params, setParams] = useSearchParams();
  const startMonth = useFiscalStartMonth(today);
  const window = startMonth === null ? null : windowOf(params.get('fy'), today, startMonth);
  const { data, loading, error, refetch } = useAlignmentOverview(window);
  const [creating, setCreating] = useState<'goal' | 'initiative' | null>(null);
  const canEdit = useCan(Role.EDITOR);
  const alignment = data?.alignment;
  const fy = window ? Number(window.label.slice(2)) : null;

  const actions = (
    <>
      {fy !== null && startMonth !== null && (
        <SelectField
          label="Fiscal year"
          hideLabel
          className="w-32"
          value={String(fy)}
          options={fiscalYearChoices(today, startMonth, fy).map((y) => ({ value: String(y), label: `FY${y}` }))}
          onChange={(e) => setParams({ fy: e.target.value }, { replace: true })}
        />
      )}
      {canEdit && (
        <>
          {ShareButton && fy !== null && <ShareButton view="ALIGNMENT" params={`fy=${fy}`} />}
          <Button onClick={() => setCreating('initiative')}>New initiative</Button>
          <Button variant="primary" onClick={() => setCreating('goal')}>
            New goal
          </Button>
        </>
      )}
    </>
  );

  return (
    <PageFrame wide>
      <PageHeader
        title="Alignment"
        description={`Which work serves which goal, and whether the goals' metrics move${window ? ` · ${window.label}, ${formatDateRange(window.start, window.end)}` : ''}.`}
        actions={actions}
      />
      <ErrorBanner error={error} title="Alignment could not be loaded" onRetry={() => void refetch()} />
      {!alignment ? (
        loading || !window ? (
          <LoadingBlock label="Loading alignment" />
        ) : null
      ) : alignment.goals.length === 0 && alignment.unaligned.length === 0 ? (
        <GettingStarted onCreateGoal={() => setCreating('goal')} onCreateInitiative={() => setCreating('initiative')} />
      ) : (
        <AlignmentVerdicts from={window?.start ?? ''} to={window?.end ?? ''}>
          <AlignmentSections
            alignment={alignment}
            windowLabel={window?.label}
            onCreateGoal={canEdit ? () => setCreating('goal') : undefined}
          />
        </AlignmentVerdicts>
      )}
      <NewGoalDialog open={creating === 'goal'} onClose={() => setCreating(null)} />
      <NewInitiativeDialog open={creating === 'initiative'} onClose={() => setCreating(null)} />
    </PageFrame>
  );
}
