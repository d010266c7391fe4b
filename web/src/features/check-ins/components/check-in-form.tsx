import { Health, LIMITS } from '@throughline/shared';
import { useState } from 'react';
import { ChoiceField, DateField } from '../../../components/form-fields';
import { Button } from '../../../components/ui/button';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { TextArea } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { HEALTH_LABEL } from '../../../lib/format';
import { useFormMutation } from '../../../lib/use-form-mutation';
import { useCreateCheckIn } from '../api/create-check-in.mutation';

const FIELDS = ['input.health', 'input.body', 'input.expectedEndDate'];
const HEALTH_OPTIONS = Object.values(Health).map((health) => ({ value: health, label: HEALTH_LABEL[health] }));

interface CheckInFormProps {
  initiativeId: string;
  /** The initiative's health now: where the form starts. */
  health: Health;
}

/** Posting an update: health, a Markdown body, and when the work is now expected to end (optional). */
export function CheckInForm({ initiativeId, health: current }: CheckInFormProps) {
  const empty = { health: current as string, body: '', expectedEndDate: '' };
  const [values, setValues] = useState(empty);
  const form = useFormMutation(useCreateCheckIn(), FIELDS);
  const toast = useToast();

  const submit = async () => {
    const input = { initiativeId, health: values.health as Health, body: values.body, expectedEndDate: values.expectedEndDate || null };
    const problems = { 'input.body': values.body.trim() ? undefined : 'Say how the work is going.' };
    if (await form.submit(problems, { input })) {
      setValues({ ...empty, health: values.health });
      toast({ message: 'Check-in posted', tone: 'success' });
    }
  };

  return (
    <form
      aria-label="Post a check-in"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-3"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ErrorBanner error={form.bannerErrors} title="The check-in was not posted" />
      <div className="grid gap-3 sm:grid-cols-2">
        <ChoiceField
          label="Health"
          value={values.health}
          options={HEALTH_OPTIONS}
          onChange={(health) => setValues((v) => ({ ...v, health }))}
          error={form.errors['input.health']}
        />
        <DateField
          label="Expected end (optional)"
          value={values.expectedEndDate}
          onChange={(expectedEndDate) => setValues((v) => ({ ...v, expectedEndDate }))}
          error={form.errors['input.expectedEndDate']}
        />
      </div>
      <TextArea
        label="Update (Markdown)"
        rows={3}
        maxLength={LIMITS.description}
        value={values.body}
        onChange={(event) => setValues((v) => ({ ...v, body: event.target.value }))}
        error={form.errors['input.body']}
      />
      <Button type="submit" size="sm" disabled={form.loading}>
        Post check-in
      </Button>
    </form>
  );
}
