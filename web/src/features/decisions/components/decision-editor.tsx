import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { EditForm } from '../../../components/ui/edit-form';
import { SelectField } from '../../../components/ui/select-field';
import type { InitiativePickerSlot } from '../../../components/slots';
import { TextArea, TextField } from '../../../components/ui/text-field';
import type { DecisionFieldsFragment, DecisionStatus } from '../../../gql/graphql';
import { useFormMutation } from '../../../lib/use-form-mutation';
import { useUpdateDecision } from '../api/decision-mutations';
import { DECISION_STATUS_LABEL, DECISION_STATUSES } from '../decision-status';

const FIELDS = ['title', 'status', 'decidedOn', 'deciders', 'context', 'decision', 'consequences', 'initiativeIds', 'goalIds'];

interface DecisionEditorProps {
  decision: DecisionFieldsFragment;
  goals: ReadonlyArray<{ id: string; title: string }>;
  InitiativePicker: InitiativePickerSlot;
  onDone: () => void;
  onReload: () => Promise<unknown>;
}

/** Edits a decision at the version it was loaded at; Markdown in the three texts. */
export function DecisionEditor({ decision, goals, InitiativePicker, onDone, onReload }: DecisionEditorProps) {
  const [values, setValues] = useState({
    title: decision.title,
    status: decision.status,
    decidedOn: decision.decidedOn ?? '',
    deciders: decision.deciders ?? '',
    context: decision.context,
    decision: decision.decision,
    consequences: decision.consequences,
  });
  const [initiatives, setInitiatives] = useState(decision.initiatives.map(({ id, key, title }) => ({ id, key, title })));
  const [goalIds, setGoalIds] = useState(decision.goals.map((goal) => goal.id));
  const form = useFormMutation(useUpdateDecision(), FIELDS);
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });
  const save = async () => {
    const input = {
      id: decision.id,
      version: decision.version,
      ...values,
      decidedOn: values.decidedOn || null,
      initiativeIds: initiatives.map((i) => i.id),
      goalIds,
    };
    if (await form.submit({ title: values.title.trim() ? undefined : 'Give the decision a title.' }, { input })) onDone();
  };
  return (
    <EditForm
      what="decision"
      error={form.error}
      bannerErrors={form.bannerErrors}
      bannerTitle="The decision could not be saved"
      busy={form.loading}
      onSubmit={() => void save()}
      onCancel={onDone}
      onReload={onReload}
    >
      <TextField label="Title" required value={values.title} onChange={set('title')} error={form.errors.title} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label="Status"
          value={values.status}
          onChange={(e) => setValues({ ...values, status: e.target.value as DecisionStatus })}
          options={DECISION_STATUSES.map((status) => ({ value: status, label: DECISION_STATUS_LABEL[status] }))}
          error={form.errors.status}
        />
        <TextField label="Decided on" type="date" value={values.decidedOn} onChange={set('decidedOn')} error={form.errors.decidedOn} />
        <TextField label="Deciders" value={values.deciders} onChange={set('deciders')} error={form.errors.deciders} />
      </div>
      <TextArea label="Context" hint="Markdown" rows={6} value={values.context} onChange={set('context')} error={form.errors.context} />
      <TextArea label="Decision" hint="Markdown" rows={6} value={values.decision} onChange={set('decision')} error={form.errors.decision} />
      <TextArea
        label="Consequences"
        hint="Markdown"
        rows={5}
        value={values.consequences}
        onChange={set('consequences')}
        error={form.errors.consequences}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">Initiatives</legend>
        <ul className="space-y-1">
          {initiatives.map((initiative) => (
            <li key={initiative.id} className="flex items-center gap-2 text-sm">
              <span className="font-mono text-xs font-semibold">{initiative.key}</span> {initiative.title}
              <Button size="sm" variant="ghost" onClick={() => setInitiatives(initiatives.filter((i) => i.id !== initiative.id))}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
        <InitiativePicker
          label="Link an initiative"
          error={form.errors.initiativeIds}
          onSelect={(picked) => setInitiatives(initiatives.some((i) => i.id === picked.id) ? initiatives : [...initiatives, picked])}
        />
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Goals</legend>
        <div className="mt-1 grid max-h-48 gap-1 overflow-y-auto sm:grid-cols-2">
          {goals.map((goal) => (
            <label key={goal.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={goalIds.includes(goal.id)}
                onChange={(e) => setGoalIds(e.target.checked ? [...goalIds, goal.id] : goalIds.filter((id) => id !== goal.id))}
              />
              {goal.title}
            </label>
          ))}
        </div>
        {form.errors.goalIds && <p className="text-sm text-rose-700">{form.errors.goalIds}</p>}
      </fieldset>
    </EditForm>
  );
}
