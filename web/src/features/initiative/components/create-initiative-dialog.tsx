import { InitiativeStatus, LIMITS } from '@throughline/shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { FormDialog } from '../../../components/ui/form-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { STATUS_LABEL } from '../../../lib/format';
import type { NewInitiativeDefaults, NewInitiativeDialogProps } from '../../../components/slots';
import { useFormMutation } from '../../../lib/use-form-mutation';
import { useCreateInitiative } from '../api/create-initiative.mutation';
import { useInitiativeOptions } from '../api/initiative-options.query';
import { effortOf } from '../initiative-form-values';
import { MultiSelect } from './multi-select';

const FIELDS = ['title', 'status', 'leadTeamId', 'startDate', 'endDate', 'effortWeeks', 'goalIds'];
const STATUS_OPTIONS = Object.values(InitiativeStatus).map((s) => ({ value: s, label: STATUS_LABEL[s] }));

function emptyValues(defaults: NewInitiativeDefaults = {}) {
  return {
    title: '',
    status: InitiativeStatus.PLANNED as InitiativeStatus,
    leadTeamId: defaults.leadTeamId ?? '',
    startDate: defaults.startDate ?? '',
    endDate: defaults.endDate ?? '',
    effortWeeks: '',
    goalIds: defaults.goalIds ?? [],
  };
}

/** "New initiative": the few fields needed to place it on the roadmap; the rest on its page. */
export function CreateInitiativeDialog({ open, onClose, defaults, onCreated }: NewInitiativeDialogProps) {
  const toast = useToast();
  const navigate = useNavigate();
  const { data: options } = useInitiativeOptions();
  const [values, setValues] = useState(() => emptyValues(defaults));
  const form = useFormMutation(useCreateInitiative(), FIELDS);
  const set = (patch: Partial<ReturnType<typeof emptyValues>>) => setValues((v) => ({ ...v, ...patch }));

  const close = () => {
    setValues(emptyValues(defaults));
    form.clear();
    onClose();
  };

  const submit = async () => {
    const effort = effortOf(values.effortWeeks);
    const problems = {
      title: values.title.trim() ? undefined : 'Say what the work is.',
      effortWeeks: effort !== null && !(Number.isFinite(effort) && effort >= 0) ? 'Enter engineer-weeks as a number.' : undefined,
    };
    const input = {
      title: values.title.trim(),
      status: values.status,
      leadTeamId: values.leadTeamId || null,
      startDate: values.startDate || null,
      endDate: values.endDate || null,
      effortWeeks: effort,
      goalIds: values.goalIds,
    };
    const data = await form.submit(problems, { input });
    if (!data) return;
    const created = data.createInitiative;
    toast({ message: `${created.key} created`, tone: 'success' });
    close();
    if (onCreated) onCreated(created);
    else navigate(`/initiatives/${created.id}`);
  };

  return (
    <FormDialog
      open={open}
      onClose={close}
      size="lg"
      title="New initiative"
      description="A piece of technical work. Give it a team and dates to place it on the roadmap, and the goals it serves."
      submitLabel="Create initiative"
      busy={form.loading}
      onSubmit={submit}
      formClassName="grid gap-4 sm:grid-cols-2"
    >
      <div className="empty:hidden sm:col-span-2">
        <ErrorBanner error={form.bannerErrors} title="The initiative was not created" />
      </div>
      <TextField
        className="sm:col-span-2"
        label="Title"
        required
        value={values.title}
        maxLength={LIMITS.title}
        onChange={(e) => set({ title: e.target.value })}
        error={form.errors.title}
        placeholder="Redesign the caching layer"
        autoFocus
      />
      <SelectField
        label="Lead team"
        value={values.leadTeamId}
        placeholder="No team"
        options={(options?.teams ?? []).map((t) => ({ value: t.id, label: `${t.key} · ${t.name}` }))}
        onChange={(e) => set({ leadTeamId: e.target.value })}
        error={form.errors.leadTeamId}
      />
      <SelectField
        label="Status"
        value={values.status}
        options={STATUS_OPTIONS}
        onChange={(e) => set({ status: e.target.value as InitiativeStatus })}
        error={form.errors.status}
      />
      <TextField
        label="Start date"
        type="date"
        value={values.startDate}
        onChange={(e) => set({ startDate: e.target.value })}
        error={form.errors.startDate}
      />
      <TextField
        label="End date"
        type="date"
        value={values.endDate}
        onChange={(e) => set({ endDate: e.target.value })}
        error={form.errors.endDate}
      />
      <TextField
        label="Effort (engineer-weeks)"
        inputMode="decimal"
        value={values.effortWeeks}
        onChange={(e) => set({ effortWeeks: e.target.value })}
        error={form.errors.effortWeeks}
      />
      <div className="sm:col-span-2">
        <MultiSelect
          label="Goals it serves"
          options={(options?.goals ?? []).map((g) => ({ value: g.id, label: g.title }))}
          selected={values.goalIds}
          onChange={(goalIds) => set({ goalIds })}
          error={form.errors.goalIds}
          emptyText="No goal matches"
        />
      </div>
    </FormDialog>
  );
}
