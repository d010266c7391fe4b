import { LIMITS, RiskStatus } from '@throughline/shared';
import { SelectField } from '../../../components/ui/select-field';
import { TextArea, TextField } from '../../../components/ui/text-field';
import { RISK_STATUS_LABEL } from '../../../lib/format';
import { trimmedOrNull } from '../../../lib/form-input';

export interface RiskFormValues {
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  status: RiskStatus;
  owner: string;
  mitigation: string;
}

export const EMPTY_RISK: RiskFormValues = {
  title: '',
  description: '',
  likelihood: 3,
  impact: 3,
  status: RiskStatus.OPEN,
  owner: '',
  mitigation: '',
};

export const RISK_FIELDS = ['title', 'description', 'likelihood', 'impact', 'status', 'owner', 'mitigation'] as const;

const LIKELIHOOD = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
const IMPACT = ['Minor', 'Moderate', 'Significant', 'Major', 'Severe'];
const scale = (words: string[]) => words.map((word, i) => ({ value: String(i + 1), label: `${i + 1} · ${word}` }));
const STATUS_OPTIONS = Object.values(RiskStatus).map((s) => ({ value: s, label: RISK_STATUS_LABEL[s] }));

interface RiskFormFieldsProps {
  values: RiskFormValues;
  onChange: (patch: Partial<RiskFormValues>) => void;
  errors: Partial<Record<string, string>>;
}

/** The fields of a risk, shared by the create and edit dialogs. */
export function RiskFormFields({ values, onChange, errors }: RiskFormFieldsProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        className="sm:col-span-2"
        label="Title"
        required
        value={values.title}
        maxLength={LIMITS.title}
        onChange={(e) => onChange({ title: e.target.value })}
        error={errors.title}
        placeholder="Cache invalidation serves stale prices"
      />
      <SelectField
        label="Likelihood"
        value={String(values.likelihood)}
        options={scale(LIKELIHOOD)}
        onChange={(e) => onChange({ likelihood: Number(e.target.value) })}
        error={errors.likelihood}
      />
      <SelectField
        label="Impact"
        value={String(values.impact)}
        options={scale(IMPACT)}
        onChange={(e) => onChange({ impact: Number(e.target.value) })}
        error={errors.impact}
      />
      <p className="text-sm text-slate-600 sm:col-span-2">
        Severity <strong className="tabular-nums">{values.likelihood * values.impact}</strong> of 25
      </p>
      <SelectField
        label="Status"
        value={values.status}
        options={STATUS_OPTIONS}
        onChange={(e) => onChange({ status: e.target.value as RiskStatus })}
        error={errors.status}
      />
      <TextField
        label="Owner"
        value={values.owner}
        maxLength={LIMITS.owner}
        onChange={(e) => onChange({ owner: e.target.value })}
        error={errors.owner}
      />
      <TextArea
        className="sm:col-span-2"
        label="Mitigation plan"
        rows={3}
        value={values.mitigation}
        maxLength={LIMITS.description}
        onChange={(e) => onChange({ mitigation: e.target.value })}
        error={errors.mitigation}
      />
      <TextArea
        className="sm:col-span-2"
        label="Description"
        rows={3}
        value={values.description}
        maxLength={LIMITS.description}
        onChange={(e) => onChange({ description: e.target.value })}
        error={errors.description}
      />
    </div>
  );
}

/** Empty text boxes mean "none": the API stores null rather than "". */
export function riskInput(values: RiskFormValues) {
  return {
    title: values.title.trim(),
    description: trimmedOrNull(values.description),
    likelihood: values.likelihood,
    impact: values.impact,
    status: values.status,
    owner: trimmedOrNull(values.owner),
    mitigation: trimmedOrNull(values.mitigation),
  };
}
