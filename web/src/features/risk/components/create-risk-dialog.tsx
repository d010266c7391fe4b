import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { useToast } from '../../../components/ui/toast';
import { fieldErrors, unplacedErrors } from '../../../lib/errors';
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
  const formId = useId();
  const toast = useToast();
  const [values, setValues] = useState<RiskFormValues>(EMPTY_RISK);
  const [attachment, setAttachment] = useState<Attachment>(attachTo ?? {});
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [createRisk, { loading, error, reset }] = useCreateRisk();
  const errors = fieldErrors(error);

  const close = () => {
    setValues(EMPTY_RISK);
    setAttachment(attachTo ?? {});
    setLocal({});
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const target = attachTo ?? attachment;
    const problems = {
      title: values.title.trim() ? undefined : 'Say what may go wrong.',
      initiativeId: target.initiativeId === '' ? 'Choose an initiative, or attach the risk to nothing yet.' : undefined,
      goalId: target.goalId === '' ? 'Choose a goal, or attach the risk to nothing yet.' : undefined,
    };
    setLocal(problems);
    if (Object.values(problems).some(Boolean)) return;
    const input = { ...riskInput(values), ...target };
    const result = await createRisk({ variables: { input } }).catch(() => null);
    if (!result?.data) return;
    toast({ message: `Risk “${result.data.createRisk.title}” added`, tone: 'success' });
    close();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      size="lg"
      title="New risk"
      description="Something that may go wrong. Severity is likelihood × impact."
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" busy={loading}>
            Add risk
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate className="space-y-4">
        <ErrorBanner error={unplacedErrors(error, FIELDS)} title="The risk was not added" />
        <RiskFormFields
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          errors={{ ...errors, title: local.title ?? errors.title }}
        />
        {!attachTo && (
          <RiskAttachmentFields
            value={attachment}
            onChange={setAttachment}
            goals={goals}
            errors={{ ...errors, initiativeId: local.initiativeId ?? errors.initiativeId, goalId: local.goalId ?? errors.goalId }}
          />
        )}
      </form>
    </Dialog>
  );
}
