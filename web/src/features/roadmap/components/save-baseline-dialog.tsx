import { CreateDialog, useCreateForm } from '../../../components/create-dialog';
import { bindFields, NameField } from '../../../components/form-fields';
import type { CreateDialogProps } from '../../../components/slots';
import { useToast } from '../../../components/ui/toast';
import { useCreateBaseline } from '../api/create-baseline.mutation';

const EMPTY = { name: '' };
const FIELDS = ['name'];

/** Saves every initiative's current dates under a name, to compare the roadmap with later. */
export function SaveBaselineDialog({ open, onClose }: CreateDialogProps) {
  const toast = useToast();
  const form = useCreateForm(EMPTY, useCreateBaseline(), FIELDS, onClose);
  const name = form.values.name.trim();

  const submit = async () => {
    const data = await form.create({ name: name ? undefined : 'Give the baseline a name.' }, { name });
    if (data)
      toast({
        message: `Baseline “${data.createBaseline.name}” saved with ${data.createBaseline.initiativeCount} initiatives`,
        tone: 'success',
      });
  };

  return (
    <CreateDialog
      open={open}
      form={form}
      title="Save a baseline"
      description="Keeps every initiative's dates as they are now, so the roadmap can show what has slipped since."
      submitLabel="Save baseline"
      failedTitle="The baseline was not saved"
      onSubmit={() => void submit()}
    >
      <NameField {...bindFields(form.values, form.set, form.errors)('name')} placeholder="FY2027-Q1 plan as agreed" />
    </CreateDialog>
  );
}
