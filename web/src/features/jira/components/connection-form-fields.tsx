import { LIMITS } from '@throughline/shared';
import { SelectField } from '../../../components/ui/select-field';
import { TextArea, TextField } from '../../../components/ui/text-field';
import { SAMPLE_JQL, scheduleOptions, type ConnectionField, type ConnectionFormValues } from '../model/connection-form';

export const API_TOKENS_URL = 'https://id.atlassian.com/manage-profile/security/api-tokens';

interface ConnectionFormFieldsProps {
  values: ConnectionFormValues;
  onChange: (patch: Partial<ConnectionFormValues>) => void;
  errors: Partial<Record<ConnectionField, string>>;
  /** Editing a connection whose token is stored: a blank token keeps it. */
  tokenStored: boolean;
}

const TOKEN_HELP = (
  <>
    Create one at{' '}
    <a href={API_TOKENS_URL} target="_blank" rel="noreferrer" className="text-indigo-700 underline">
      id.atlassian.com → Security → API tokens
    </a>
    . It is stored encrypted and never shown again.
  </>
);

/** Name, site, credentials, JQL and schedule of a connection; shared by create and edit. */
export function ConnectionFormFields({ values, onChange, errors, tokenStored }: ConnectionFormFieldsProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        className="sm:col-span-2"
        label="Name"
        required
        value={values.name}
        maxLength={LIMITS.name}
        onChange={(e) => onChange({ name: e.target.value })}
        error={errors.name}
        placeholder="Acme Jira"
        autoComplete="off"
      />
      <TextField
        className="sm:col-span-2"
        label="Site URL"
        required
        type="url"
        inputMode="url"
        value={values.baseUrl}
        onChange={(e) => onChange({ baseUrl: e.target.value })}
        error={errors.baseUrl}
        placeholder="https://your-company.atlassian.net"
        hint="The address of your Jira Cloud site."
        autoComplete="url"
      />
      <TextField
        label="E-mail"
        required
        type="email"
        value={values.email}
        onChange={(e) => onChange({ email: e.target.value })}
        error={errors.email}
        placeholder="you@your-company.com"
        hint="Of the Atlassian account the token belongs to."
        autoComplete="email"
      />
      <TextField
        label="API token"
        required={!tokenStored}
        type="password"
        value={values.apiToken}
        onChange={(e) => onChange({ apiToken: e.target.value })}
        error={errors.apiToken}
        placeholder={tokenStored ? 'Leave blank to keep the stored token' : undefined}
        hint={tokenStored ? 'A token is stored. Paste a new one only to replace it.' : TOKEN_HELP}
        autoComplete="new-password"
        spellCheck={false}
      />
      <TextArea
        className="sm:col-span-2"
        label="JQL"
        required
        rows={2}
        value={values.jql}
        onChange={(e) => onChange({ jql: e.target.value })}
        error={errors.jql}
        spellCheck={false}
        hint={
          <>
            The issues to import as initiatives, usually epics, e.g. <code className="font-mono">{SAMPLE_JQL}</code>
          </>
        }
      />
      <SelectField
        label="Sync schedule"
        value={values.syncEveryMinutes}
        options={scheduleOptions(values.syncEveryMinutes)}
        onChange={(e) => onChange({ syncEveryMinutes: e.target.value })}
        error={errors.syncEveryMinutes}
        hint="Scheduled runs read only what changed. You can always sync by hand."
      />
    </div>
  );
}

/** Field ids for sites whose Target start / Target end / Team fields are not found by name. */
export function FieldOverrideFields({ values, onChange, errors }: Omit<ConnectionFormFieldsProps, 'tokenStored'>) {
  const hasError = !!(errors['fieldOverrides.targetStart'] || errors['fieldOverrides.targetEnd'] || errors['fieldOverrides.team']);
  return (
    <details
      open={hasError || !!(values.targetStart || values.targetEnd || values.team)}
      className="rounded-md border border-slate-200 px-3 py-2"
    >
      <summary className="cursor-pointer text-sm font-medium text-slate-700">Advanced: Jira field ids</summary>
      <p className="mt-2 text-xs text-slate-500">
        Throughline finds the “Target start”, “Target end” and “Team” fields by name. If your site names them differently, give their ids
        here, e.g. customfield_10022.
      </p>
      <div className="mt-3 grid gap-3 pb-1 sm:grid-cols-3">
        <TextField
          label="Target start"
          value={values.targetStart}
          onChange={(e) => onChange({ targetStart: e.target.value })}
          error={errors['fieldOverrides.targetStart']}
          placeholder="Found by name"
          spellCheck={false}
        />
        <TextField
          label="Target end"
          value={values.targetEnd}
          onChange={(e) => onChange({ targetEnd: e.target.value })}
          error={errors['fieldOverrides.targetEnd']}
          placeholder="Found by name"
          spellCheck={false}
        />
        <TextField
          label="Team"
          value={values.team}
          onChange={(e) => onChange({ team: e.target.value })}
          error={errors['fieldOverrides.team']}
          placeholder="Found by name"
          spellCheck={false}
        />
      </div>
    </details>
  );
}
