import { InitiativeStatus } from '@throughline/shared';
import { useNavigate } from 'react-router';
import { CreateDialog, useCreateForm } from '../../../components/create-dialog';
import { bindFields, ChoiceField, DateRangeFields, EffortField, TitleField } from '../../../components/form-fields';
import type { NewInitiativeDefaults, NewInitiativeDialogProps } from '../../../components/slots';
import { useToast } from '../../../components/ui/toast';
import { useCreateInitiative } from '../api/create-initiative.mutation';
import { useInitiativeOptions } from '../api/initiative-options.query';
import { effortOf, initiativeProblems, STATUS_OPTIONS, teamOptions } from '../initiative-form-values';
import { MultiSelect } from './multi-select';

const FIELDS = ['title', 'status', 'leadTeamId', 'startDate', 'endDate', 'effortWeeks', 'goalIds'];

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
  const form = useCreateForm(emptyValues(defaults), useCreateInitiative(), FIELDS, onClose);
  const { values } = form;
  const field = bindFields(values, form.set, form.errors);

  const submit = async () => {
    const input = {
      title: values.title.trim(),
      status: values.status,
      leadTeamId: values.leadTeamId || null,
      startDate: values.startDate || null,
      endDate: values.endDate || null,
      effortWeeks: effortOf(values.effortWeeks),
      goalIds: values.goalIds,
    };
    const data = await form.create(initiativeProblems(values), { input });
    if (!data) return;
    const created = data.createInitiative;
    toast({ message: `${created.key} created`, tone: 'success' });
    if (onCreated) onCreated(created);
    else navigate(`/initiatives/${created.id}`);
  };

  return (
    <CreateDialog
      open={open}
      form={form}
      size="lg"
      title="New initiative"
      description="A piece of technical work. Give it a team and dates to place it on the roadmap, and the goals it serves."
      submitLabel="Create initiative"
      failedTitle="The initiative was not created"
      onSubmit={submit}
      columns
    >
      <TitleField className="sm:col-span-2" {...field('title')} placeholder="Redesign the caching layer" autoFocus />
      <ChoiceField label="Lead team" {...field('leadTeamId')} placeholder="No team" options={teamOptions(options?.teams)} />
      <ChoiceField label="Status" {...field('status')} options={STATUS_OPTIONS} />
      <DateRangeFields start={field('startDate')} end={field('endDate')} />
      <EffortField {...field('effortWeeks')} />
      <div className="sm:col-span-2">
        <MultiSelect
          label="Goals it serves"
          options={(options?.goals ?? []).map((g) => ({ value: g.id, label: g.title }))}
          selected={values.goalIds}
          onChange={(goalIds) => form.set({ goalIds })}
          error={form.errors.goalIds}
          emptyText="No goal matches"
        />
      </div>
    </CreateDialog>
  );
}
