import { useId } from 'react';
import type { InitiativePickerSlot, RiskAttachment } from '../../../components/slots';
import { SelectField } from '../../../components/ui/select-field';

export interface AttachmentChoices {
  goals: ReadonlyArray<{ id: string; title: string }>;
  InitiativePicker: InitiativePickerSlot;
}

interface RiskAttachmentFieldsProps extends AttachmentChoices {
  value: RiskAttachment;
  onChange: (value: RiskAttachment) => void;
  errors: Partial<Record<string, string>>;
}

type Kind = 'initiative' | 'goal' | 'none';

/** Where a new risk belongs: an initiative, a goal, or neither (yet). */
export function RiskAttachmentFields({ value, onChange, goals, InitiativePicker, errors }: RiskAttachmentFieldsProps) {
  const name = useId();
  const kind: Kind = 'initiativeId' in value ? 'initiative' : 'goalId' in value ? 'goal' : 'none';
  const choose = (next: Kind) => onChange(next === 'initiative' ? { initiativeId: '' } : next === 'goal' ? { goalId: '' } : {});
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-700">Attached to</legend>
      <div className="flex flex-wrap gap-4 text-sm">
        {(['initiative', 'goal', 'none'] as const).map((k) => (
          <label key={k} className="inline-flex items-center gap-1.5">
            <input type="radio" name={name} checked={kind === k} onChange={() => choose(k)} />
            {k === 'none' ? 'Nothing yet' : k === 'goal' ? 'A goal' : 'An initiative'}
          </label>
        ))}
      </div>
      {kind === 'initiative' && (
        <InitiativePicker label="Initiative" keepSelection onSelect={(i) => onChange({ initiativeId: i.id })} error={errors.initiativeId} />
      )}
      {kind === 'goal' && (
        <SelectField
          label="Goal"
          value={value.goalId ?? ''}
          placeholder="Choose a goal"
          options={goals.map((g) => ({ value: g.id, label: g.title }))}
          onChange={(e) => onChange({ goalId: e.target.value })}
          error={errors.goalId}
        />
      )}
    </fieldset>
  );
}
