import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useAuditPeople } from '../api/audit-people.query';
import type { AuditFilterValues } from '../audit-filter';

const ENTITY_TYPES = [
  'Initiative',
  'Dependency',
  'Goal',
  'Metric',
  'Risk',
  'Team',
  'JiraConnection',
  'Baseline',
  'User',
  'ApiToken',
  'ShareLink',
];
const ACTOR_KINDS = [
  { value: 'kind:JIRA_SYNC', label: 'Any Jira sync' },
  { value: 'kind:API_TOKEN', label: 'Any API token' },
  { value: 'kind:SYSTEM', label: 'The system (seed, start-up)' },
];

interface AuditFilterBarProps {
  values: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}

/** Who, which entity, when: applied together, so a half-typed id does not load a page per key. */
export function AuditFilterBar({ values, onApply }: AuditFilterBarProps) {
  const [draft, setDraft] = useState(values);
  const people = useAuditPeople().data?.users ?? [];
  const set = (patch: Partial<AuditFilterValues>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    const empty = { who: '', entityType: '', entityId: '', from: '', to: '' };
    setDraft(empty);
    onApply(empty);
  };
  return (
    <form
      onSubmit={submit}
      aria-label="Filter the audit trail"
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto]"
    >
      <SelectField
        label="Who"
        placeholder="Anyone"
        options={[...people.map((p) => ({ value: `user:${p.id}`, label: p.name })), ...ACTOR_KINDS]}
        value={draft.who}
        onChange={(e) => set({ who: e.target.value })}
      />
      <SelectField
        label="Entity type"
        placeholder="Any"
        options={ENTITY_TYPES.map((t) => ({ value: t, label: t }))}
        value={draft.entityType}
        onChange={(e) => set({ entityType: e.target.value })}
      />
      <TextField
        label="Entity id"
        value={draft.entityId}
        onChange={(e) => set({ entityId: e.target.value })}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField label="From" type="date" value={draft.from} onChange={(e) => set({ from: e.target.value })} />
      <TextField label="To" type="date" value={draft.to} onChange={(e) => set({ to: e.target.value })} />
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-1">
        <Button type="submit" variant="primary">
          Apply
        </Button>
        <Button onClick={clear}>Clear</Button>
      </div>
    </form>
  );
}
