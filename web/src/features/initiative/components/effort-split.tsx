import { ErrorCode } from '@throughline/shared';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ConflictNotice } from '../../../components/ui/conflict-notice';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { apiErrors, hasErrorCode } from '../../../lib/errors';
import { useSetAllocations } from '../api/set-allocations.mutation';
import { allocationsInput, engineerWeeks, splitProblem, splitRows, totalPercent, type SplitRow } from '../effort-split';

interface EffortSplitProps {
  initiative: {
    id: string;
    key: string;
    version: number;
    effortWeeks?: number | null;
    teams: readonly { id: string; name: string }[];
    allocations: readonly { share: number; team: { id: string } }[];
  };
  canEdit: boolean;
  onReload: () => Promise<unknown>;
}

function WeeksNote({ effortWeeks, percent }: { effortWeeks?: number | null; percent: string }) {
  const weeks = engineerWeeks(effortWeeks, percent);
  return weeks === null ? null : <span className="text-sm text-slate-500">{weeks} eng-weeks</span>;
}

/** How the initiative's effort is split between its teams, in percent; editors change it (key it by version). */
export function EffortSplit({ initiative, canEdit, onReload }: EffortSplitProps) {
  const [rows, setRows] = useState<SplitRow[]>(() => splitRows(initiative.teams, initiative.allocations));
  const [problem, setProblem] = useState<string>();
  const [mutate, { loading, error }] = useSetAllocations();
  const toast = useToast();
  const conflict = hasErrorCode(error, ErrorCode.CONFLICT);
  const total = totalPercent(rows);

  const save = async () => {
    const found = splitProblem(rows);
    setProblem(found);
    if (found) return;
    const variables = { initiativeId: initiative.id, version: initiative.version, allocations: allocationsInput(rows) };
    if (await mutate({ variables }).catch(() => null)) toast({ message: 'Effort split saved', tone: 'success' });
  };
  const setPercent = (teamId: string, percent: string) =>
    setRows((all) => all.map((row) => (row.teamId === teamId ? { ...row, percent } : row)));

  return (
    <section aria-labelledby="effort-split-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="effort-split">
      <h2 id="effort-split-heading" className="mb-3 text-base font-semibold text-slate-900">
        Effort split
      </h2>
      {conflict ? (
        <ConflictNotice what={`initiative ${initiative.key}`} onReload={onReload} />
      ) : (
        <ErrorBanner error={apiErrors(error)} title="The effort split was not saved" />
      )}
      {canEdit ? (
        <form
          aria-label="Effort split"
          noValidate
          className="mt-2 space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {rows.map((row) => (
            <div key={row.teamId} className="flex items-end gap-3">
              <TextField
                label={`${row.teamName} (%)`}
                type="number"
                min={0}
                max={100}
                step="any"
                className="w-48"
                value={row.percent}
                onChange={(event) => setPercent(row.teamId, event.target.value)}
              />
              <WeeksNote effortWeeks={initiative.effortWeeks} percent={row.percent} />
            </div>
          ))}
          <p className="text-sm text-slate-600" data-testid="effort-split-total">
            Total: {Number.isFinite(total) ? Math.round(total * 100) / 100 : '—'}%
          </p>
          {problem && (
            <p role="alert" className="text-sm text-rose-700">
              {problem}
            </p>
          )}
          <Button type="submit" size="sm" variant="primary" busy={loading} disabled={conflict}>
            Save split
          </Button>
        </form>
      ) : (
        <ul className="space-y-1 text-sm">
          {rows.map((row) => (
            <li key={row.teamId} className="flex gap-3">
              <span className="font-medium text-slate-800">{row.teamName}</span>
              <span>{row.percent}%</span>
              <WeeksNote effortWeeks={initiative.effortWeeks} percent={row.percent} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
