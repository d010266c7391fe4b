import { Health, InitiativeStatus, LIMITS } from '@throughline/shared';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { HEALTH_LABEL, STATUS_LABEL } from '../../../lib/format';
import { useInitiativeOptions } from '../api/initiative-options.query';
import type { InitiativeFormValues } from '../initiative-form-values';
import { MultiSelect } from './multi-select';

interface InitiativePropertiesProps {
  values: InitiativeFormValues;
  onChange: (patch: Partial<InitiativeFormValues>) => void;
  errors: Partial<Record<string, string>>;
  /** Associates the controls with a form element elsewhere on the page. */
  formId?: string;
}

const STATUS_OPTIONS = Object.values(InitiativeStatus).map((s) => ({ value: s, label: STATUS_LABEL[s] }));
const HEALTH_OPTIONS = Object.values(Health).map((h) => ({ value: h, label: HEALTH_LABEL[h] }));
// Each field takes three rows of the grid (label, control, message) shared with its neighbour, so
// controls side by side stay level when one label wraps (Effort) or one field shows an error.
const CELL = 'row-span-3 grid grid-rows-subgrid pb-3';

/** Status, health, dates, owner, effort, teams, goals and metrics of an initiative. */
export function InitiativeProperties({ values, onChange, errors, formId }: InitiativePropertiesProps) {
  const { data } = useInitiativeOptions();
  const teams = (data?.teams ?? []).map((t) => ({ value: t.id, label: `${t.key} · ${t.name}` }));
  const goals = (data?.goals ?? []).map((g) => ({ value: g.id, label: g.title }));
  const metrics = (data?.metrics ?? []).map((m) => ({ value: m.id, label: `${m.name} (${m.unit})`, detail: m.goal?.title }));
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-2 gap-x-3 [&>:nth-last-child(-n+2)]:pb-0">
        <SelectField
          form={formId}
          className={CELL}
          label="Status"
          value={values.status}
          options={STATUS_OPTIONS}
          onChange={(e) => onChange({ status: e.target.value as InitiativeFormValues['status'] })}
          error={errors.status}
        />
        <SelectField
          form={formId}
          className={CELL}
          label="Health"
          value={values.health}
          options={HEALTH_OPTIONS}
          onChange={(e) => onChange({ health: e.target.value as InitiativeFormValues['health'] })}
          error={errors.health}
        />
        <TextField
          form={formId}
          className={CELL}
          label="Start date"
          type="date"
          value={values.startDate}
          onChange={(e) => onChange({ startDate: e.target.value })}
          error={errors.startDate}
        />
        <TextField
          form={formId}
          className={CELL}
          label="End date"
          type="date"
          value={values.endDate}
          onChange={(e) => onChange({ endDate: e.target.value })}
          error={errors.endDate}
        />
        <TextField
          form={formId}
          className={CELL}
          label="Owner"
          value={values.owner}
          maxLength={LIMITS.owner}
          onChange={(e) => onChange({ owner: e.target.value })}
          error={errors.owner}
        />
        <TextField
          form={formId}
          className={CELL}
          label="Effort (engineer-weeks)"
          inputMode="decimal"
          value={values.effortWeeks}
          onChange={(e) => onChange({ effortWeeks: e.target.value })}
          error={errors.effortWeeks}
        />
      </div>
      <SelectField
        form={formId}
        label="Lead team"
        value={values.leadTeamId}
        placeholder="No team"
        options={teams}
        onChange={(e) => onChange({ leadTeamId: e.target.value, otherTeamIds: values.otherTeamIds.filter((id) => id !== e.target.value) })}
        error={errors.leadTeamId}
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
