import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { MetricSourceFieldsFragment, MetricSourceKind } from '../../../gql/graphql';
import { useFormMutation } from '../../../lib/use-form-mutation';
import { useCreateMetricSource, useUpdateMetricSource } from '../api/metric-sources.query';
import { KIND_OPTIONS, KINDS } from '../source-kinds';

const FIELDS = ['name', 'kind', 'baseUrl', 'accountId', 'apiKey', 'appKey', 'username', 'password'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

interface SourceFormProps {
  /** The source to edit; absent: a new one. */
  source?: MetricSourceFieldsFragment;
  onDone: () => void;
}

/** Adds or changes a source; credentials are write-only: left blank on an edit, they stay as they are. */
export function SourceForm({ source, onDone }: SourceFormProps) {
  const [values, setValues] = useState<Values>({
    name: source?.name ?? '',
    kind: source?.kind ?? 'PROMETHEUS',
    baseUrl: source?.baseUrl ?? '',
    accountId: source?.accountId ?? '',
    apiKey: '',
    appKey: '',
    username: '',
    password: '',
  });
  const create = useFormMutation(useCreateMetricSource(), FIELDS);
  const update = useFormMutation(useUpdateMetricSource(), FIELDS);
  const form = source ? update : create;
  const kind = KINDS[values.kind as MetricSourceKind];
  const set = (field: keyof Values) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });
  const secret = (field: 'apiKey' | 'appKey' | 'username' | 'password') => values[field] || (source ? undefined : null);
  const given = (field: keyof Values) => (source?.credentialsGiven ?? []).includes(field);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      name: values.name.trim() ? undefined : 'Give it a name',
      baseUrl: values.baseUrl.trim() ? undefined : 'Give its address',
    };
    const common = {
      name: values.name,
      baseUrl: values.baseUrl,
      accountId: kind.accountId ? values.accountId || null : undefined,
      apiKey: secret('apiKey'),
      appKey: kind.appKey ? secret('appKey') : undefined,
      username: kind.basicAuth ? secret('username') : undefined,
      password: kind.basicAuth ? secret('password') : undefined,
    };
    const saved = source
      ? await update.submit(found, { input: { id: source.id, ...common } })
      : await create.submit(found, { input: { ...common, kind: values.kind as MetricSourceKind } });
    if (saved) onDone();
  }

  const keptHint = (field: keyof Values) => (source && given(field) ? 'Set; leave blank to keep it.' : undefined);
  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      aria-label={source ? `Edit ${source.name}` : 'New metric source'}
    >
      <ErrorBanner error={form.bannerErrors.length ? form.error : undefined} title="The source was not saved" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" value={values.name} onChange={set('name')} error={form.errors.name} required />
        <SelectField
          label="Kind"
          value={values.kind}
          onChange={set('kind')}
          options={KIND_OPTIONS}
          disabled={!!source}
          error={form.errors.kind}
        />
        <TextField
          label="Address"
          value={values.baseUrl}
          onChange={set('baseUrl')}
          error={form.errors.baseUrl}
          hint={kind.baseUrlHint}
          list={kind.presets.length ? `presets-${values.kind}` : undefined}
          required
        />
        {kind.presets.length > 0 && (
          <datalist id={`presets-${values.kind}`}>
            {kind.presets.map((preset) => (
              <option key={preset.url} value={preset.url} label={preset.label} />
            ))}
          </datalist>
        )}
        {kind.accountId && (
          <TextField
            label="Account id"
            value={values.accountId}
            onChange={set('accountId')}
            error={form.errors.accountId}
            inputMode="numeric"
          />
        )}
        {kind.apiKeyLabel && (
          <TextField
            label={kind.apiKeyLabel}
            type="password"
            autoComplete="off"
            value={values.apiKey}
            onChange={set('apiKey')}
            error={form.errors.apiKey}
            hint={keptHint('apiKey')}
          />
        )}
        {kind.appKey && (
          <TextField
            label="Application key"
            type="password"
            autoComplete="off"
            value={values.appKey}
            onChange={set('appKey')}
            error={form.errors.appKey}
            hint={keptHint('appKey')}
          />
        )}
        {kind.basicAuth && (
          <>
            <TextField
              label="Basic auth user (optional)"
              autoComplete="off"
              value={values.username}
              onChange={set('username')}
              error={form.errors.username}
              hint={keptHint('username')}
            />
            <TextField
              label="Basic auth password"
              type="password"
              autoComplete="off"
              value={values.password}
              onChange={set('password')}
              error={form.errors.password}
              hint={keptHint('password')}
            />
          </>
        )}
      </div>
      <p className="text-xs text-slate-500">
        Throughline checks the address and credentials against the source before saving; credentials are stored encrypted and never shown
        again.
      </p>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" busy={form.loading}>
          {source ? 'Save source' : 'Add source'}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
