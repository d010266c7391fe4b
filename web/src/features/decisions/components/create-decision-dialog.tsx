import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { FormDialog } from '../../../components/ui/form-dialog';
import { TextField } from '../../../components/ui/text-field';
import { useFormMutation } from '../../../lib/use-form-mutation';
import { useCreateDecision } from '../api/decision-mutations';

/** Asks for a title; the new decision's page opens to write the rest. */
export function CreateDecisionDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [title, setTitle] = useState('');
  const navigate = useNavigate();
  const form = useFormMutation(useCreateDecision(), ['title']);
  const close = () => {
    form.clear();
    setTitle('');
    onClose();
  };
  const submit = async () => {
    const data = await form.submit({ title: title.trim() ? undefined : 'Give the decision a title.' }, { input: { title } });
    if (data) navigate(`/decisions/${data.createDecision.id}`);
  };
  return (
    <FormDialog open={open} onClose={close} title="New decision" submitLabel="Create" busy={form.loading} onSubmit={() => void submit()}>
      <ErrorBanner error={form.bannerErrors} title="The decision could not be created" />
      <TextField label="Title" required value={title} onChange={(e) => setTitle(e.target.value)} error={form.errors.title} autoFocus />
    </FormDialog>
  );
}
