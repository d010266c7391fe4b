import { useState } from 'react';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useToast } from '../../../components/ui/toast';
import { useFormMutation } from '../../../lib/use-form-mutation';
import { useCreateRisk } from '../api/create-risk.mutation';
import { RiskAttachmentFields, type Attachment } from './risk-attachment-fields';
import { EMPTY_RISK, RISK_FIELDS, RiskFormFields, riskInput, type RiskFormValues } from './risk-form-fields';

interface CreateRiskDialogProps {
  open: boolean;
  onClose: () => void;
  /** Fixed when opened from an initiative or goal page; chosen in the dialog otherwise. */
  attachTo?: Attachment;
  /** Goals to choose from when the risk is not attached to a fixed target. */
  goals?: ReadonlyArray<{ id: string; title: string }>;
}

const FIELDS = [...RISK_FIELDS, 'initiativeId', 'goalId'];

export function CreateRiskDialog({ open, onClose, attachTo, goals = [] }: CreateRiskDialogProps) {
  const toast = useToast();
  const [values, setValues] = useState<RiskFormValues>(EMPTY_RISK);
  const [attachment, setAttachment] = useState<Attachment>(attachTo ?? {});
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
      {!attachTo && <RiskAttachmentFields value={attachment} onChange={setAttachment} goals={goals} errors={form.errors} />}
    </FormDialog>
  );
}
