import { RiskStatus } from '@throughline/shared';
import { bindFields, ChoiceField, DescriptionField, OwnerField, TitleField } from '../../../components/form-fields';
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
  const field = bindFields(values, onChange, errors);
  const score = (name: 'likelihood' | 'impact') => ({
    value: String(values[name]),
    onChange: (value: string) => onChange({ [name]: Number(value) }),
    error: errors[name],
  });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TitleField className="sm:col-span-2" {...field('title')} placeholder="Cache invalidation serves stale prices" />
      <ChoiceField label="Likelihood" {...score('likelihood')} options={scale(LIKELIHOOD)} />
      <ChoiceField label="Impact" {...score('impact')} options={scale(IMPACT)} />
      <p className="text-sm text-slate-600 sm:col-span-2">
        Severity <strong className="tabular-nums">{values.likelihood * values.impact}</strong> of 25
      </p>
      <ChoiceField label="Status" {...field('status')} options={STATUS_OPTIONS} />
      <OwnerField {...field('owner')} />
      <DescriptionField className="sm:col-span-2" label="Mitigation plan" {...field('mitigation')} />
      <DescriptionField className="sm:col-span-2" {...field('description')} />
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
