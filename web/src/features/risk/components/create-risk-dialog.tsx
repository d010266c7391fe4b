import { CreateDialog, useCreateForm } from '../../../components/create-dialog';
import type { RiskAttachment } from '../../../components/slots';
import { useToast } from '../../../components/ui/toast';
import { useCreateRisk } from '../api/create-risk.mutation';
import { RiskAttachmentFields, type AttachmentChoices } from './risk-attachment-fields';
import { EMPTY_RISK, RISK_FIELDS, RiskFormFields, riskInput } from './risk-form-fields';

type CreateRiskDialogProps = {
  open: boolean;
  onClose: () => void;
} & (
  | {
      /** Fixed when opened from an initiative or goal page. */
      attachTo: RiskAttachment;
    }
  | {
      /** Where the risk belongs is chosen in the dialog, from these. */
      choices: AttachmentChoices;
    }
);

const FIELDS = [...RISK_FIELDS, 'initiativeId', 'goalId'];

export function CreateRiskDialog({ open, onClose, ...where }: CreateRiskDialogProps) {
  const attachTo = 'attachTo' in where ? where.attachTo : undefined;
  const toast = useToast();
  const form = useCreateForm({ ...EMPTY_RISK, attachment: attachTo ?? {} }, useCreateRisk(), FIELDS, onClose);
  const { values } = form;

  const submit = async () => {
    const target = attachTo ?? values.attachment;
    const problems = {
      title: values.title.trim() ? undefined : 'Say what may go wrong.',
      initiativeId: target.initiativeId === '' ? 'Choose an initiative, or attach the risk to nothing yet.' : undefined,
      goalId: target.goalId === '' ? 'Choose a goal, or attach the risk to nothing yet.' : undefined,
    };
    const data = await form.create(problems, { input: { ...riskInput(values), ...target } });
    if (data) toast({ message: `Risk “${data.createRisk.title}” added`, tone: 'success' });
  };

  return (
    <CreateDialog
      open={open}
      form={form}
      size="lg"
      title="New risk"
      description="Something that may go wrong. Severity is likelihood × impact."
      submitLabel="Add risk"
      failedTitle="The risk was not added"
      onSubmit={submit}
    >
      <RiskFormFields values={values} onChange={form.set} errors={form.errors} />
      {'choices' in where && (
        <RiskAttachmentFields
          value={values.attachment}
          onChange={(attachment) => form.set({ attachment })}
          {...where.choices}
          errors={form.errors}
        />
      )}
    </CreateDialog>
  );
}
