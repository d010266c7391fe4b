import { useState } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { EditForm } from '../../../components/ui/edit-form';
import { useToast } from '../../../components/ui/toast';
import type { RiskFieldsFragment } from '../../../gql/graphql';
import { useFormMutation } from '../../../lib/use-form-mutation';
import { useUpdateRisk } from '../api/update-risk.mutation';
import { RISK_FIELDS, RiskFormFields, riskInput, type RiskFormValues } from './risk-form-fields';

interface EditRiskDialogProps {
  risk: RiskFieldsFragment | null;
  onClose: () => void;
  /** Loads the latest version of the risk after a conflict. */
  onReload: () => Promise<unknown>;
}

function valuesOf(risk: RiskFieldsFragment): RiskFormValues {
  return {
    title: risk.title,
    description: risk.description ?? '',
    likelihood: risk.likelihood,
    impact: risk.impact,
    status: risk.status as RiskFormValues['status'],
    owner: risk.owner ?? '',
    mitigation: risk.mitigation ?? '',
  };
}

export function EditRiskDialog({ risk, onClose, onReload }: EditRiskDialogProps) {
  return (
    <Dialog open={risk !== null} onClose={onClose} size="lg" title="Edit risk" description={risk ? `Severity ${risk.severity}` : undefined}>
      {/* A new version (after a reload) starts the form afresh from what was saved. */}
      {risk && <EditRiskForm key={`${risk.id}:${risk.version}`} risk={risk} onClose={onClose} onReload={onReload} />}
    </Dialog>
  );
}

function EditRiskForm({ risk, onClose, onReload }: { risk: RiskFieldsFragment; onClose: () => void; onReload: () => Promise<unknown> }) {
  const toast = useToast();
  const [values, setValues] = useState(() => valuesOf(risk));
  const form = useFormMutation(useUpdateRisk(), RISK_FIELDS);

  const submit = async () => {
    const data = await form.submit({}, { input: { id: risk.id, version: risk.version, ...riskInput(values) } });
    if (!data) return;
    toast({ message: 'Risk saved', tone: 'success' });
    onClose();
  };

  return (
    <EditForm
      what="risk"
      error={form.error}
      bannerErrors={form.bannerErrors}
      bannerTitle="The risk was not saved"
      busy={form.loading}
      onSubmit={submit}
      onCancel={onClose}
      onReload={onReload}
    >
      <RiskFormFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errors={form.errors} />
    </EditForm>
  );
}
