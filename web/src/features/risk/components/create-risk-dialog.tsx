import { useState } from 'react';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { FormDialog } from '../../../components/ui/form-dialog';
import type { RiskAttachment } from '../../../components/slots';
import { useToast } from '../../../components/ui/toast';
import { useFormMutation } from '../../../lib/use-form-mutation';
import { useCreateRisk } from '../api/create-risk.mutation';
import { RiskAttachmentFields, type AttachmentChoices } from './risk-attachment-fields';
import { EMPTY_RISK, RISK_FIELDS, RiskFormFields, riskInput, type RiskFormValues } from './risk-form-fields';

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
  const [values, setValues] = useState<RiskFormValues>(EMPTY_RISK);
  const [attachment, setAttachment] = useState<RiskAttachment>(attachTo ?? {});
  const form = useFormMutation(useCreateRisk(), FIELDS);

  const close = () => {
    setValues(EMPTY_RISK);
    setAttachment(attachTo ?? {});
    form.clear();
    onClose();
  };

  const submit = async () => {
    const target = attachTo ?? attachment;
    const problems = {
      title: values.title.trim() ? undefined : 'Say what may go wrong.',
      initiativeId: target.initiativeId === '' ? 'Choose an initiative, or attach the risk to nothing yet.' : undefined,
      goalId: target.goalId === '' ? 'Choose a goal, or attach the risk to nothing yet.' : undefined,
    };
    const data = await form.submit(problems, { input: { ...riskInput(values), ...target } });
    if (!data) return;
    toast({ message: `Risk “${data.createRisk.title}” added`, tone: 'success' });
    close();
  };

  return (
    <FormDialog
      open={open}
      onClose={close}
      size="lg"
      title="New risk"
      description="Something that may go wrong. Severity is likelihood × impact."
      submitLabel="Add risk"
      busy={form.loading}
      onSubmit={submit}
    >
      <ErrorBanner error={form.bannerErrors} title="The risk was not added" />
      <RiskFormFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errors={form.errors} />
      {'choices' in where && <RiskAttachmentFields value={attachment} onChange={setAttachment} {...where.choices} errors={form.errors} />}
    </FormDialog>
  );
}
