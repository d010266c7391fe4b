import { ChoiceField, DateRangeFields, EffortField, OwnerField, type FieldBinder } from '../../../components/form-fields';
import { useInitiativeOptions } from '../api/initiative-options.query';
import { HEALTH_OPTIONS, STATUS_OPTIONS, teamOptions, type InitiativeFormValues } from '../initiative-form-values';
import { MultiSelect } from './multi-select';

interface InitiativePropertiesProps {
  values: InitiativeFormValues;
  onChange: (patch: Partial<InitiativeFormValues>) => void;
  errors: Partial<Record<string, string>>;
  /** The editor's fields, tied to its form and its locks. */
  field: FieldBinder<InitiativeFormValues>;
}

// Each field takes three rows of the grid (label, control, message) shared with its neighbour, so
// controls side by side stay level when one label wraps (Effort) or one field shows an error.
const CELL = 'row-span-3 grid grid-rows-subgrid pb-3';

/** Status, health, dates, owner, effort, teams, goals and metrics of an initiative. */
export function InitiativeProperties({ values, onChange, errors, field }: InitiativePropertiesProps) {
  const { data } = useInitiativeOptions();
  const teams = teamOptions(data?.teams);
  const goals = (data?.goals ?? []).map((g) => ({ value: g.id, label: g.title }));
  const metrics = (data?.metrics ?? []).map((m) => ({ value: m.id, label: `${m.name} (${m.unit})`, detail: m.goal?.title }));
  const cell = (name: Parameters<typeof field>[0]) => ({ ...field(name), className: CELL });
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-2 gap-x-3 [&>:nth-last-child(-n+2)]:pb-0">
        <ChoiceField label="Status" {...cell('status')} options={STATUS_OPTIONS} />
        <ChoiceField label="Health" {...cell('health')} options={HEALTH_OPTIONS} />
        <DateRangeFields start={cell('startDate')} end={cell('endDate')} />
        <OwnerField {...cell('owner')} />
        <EffortField {...cell('effortWeeks')} />
      </div>
      <ChoiceField
        label="Lead team"
        {...field('leadTeamId')}
        onChange={(leadTeamId) => onChange({ leadTeamId, otherTeamIds: values.otherTeamIds.filter((id) => id !== leadTeamId) })}
        placeholder="No team"
        options={teams}
      />
      <MultiSelect
        label="Contributing teams"
        options={teams.filter((t) => t.value !== values.leadTeamId)}
        selected={values.otherTeamIds}
        onChange={(otherTeamIds) => onChange({ otherTeamIds })}
        error={errors.teamIds}
        emptyText="No other team"
      />
      <MultiSelect
        label="Goals it serves"
        options={goals}
        selected={values.goalIds}
        onChange={(goalIds) => onChange({ goalIds })}
        error={errors.goalIds}
        emptyText="No goal matches"
        hint={values.goalIds.length ? undefined : 'Work that serves no goal shows as unaligned.'}
      />
      <MultiSelect
        label="Metrics it should move"
        options={metrics}
        selected={values.metricIds}
        onChange={(metricIds) => onChange({ metricIds })}
        error={errors.metricIds}
        emptyText="No metric matches"
      />
    </div>
  );
}
