import { ErrorCode } from '@throughline/shared';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { useToast } from '../../../components/ui/toast';
import type { RiskFieldsFragment } from '../../../gql/graphql';
import { fieldErrors, hasErrorCode, unplacedErrors } from '../../../lib/errors';
import { ConflictNotice } from '../../initiative/components/conflict-notice';
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
  const [reloading, setReloading] = useState(false);
  const [updateRisk, { loading, error }] = useUpdateRisk();
  const conflict = hasErrorCode(error, ErrorCode.CONFLICT);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await updateRisk({ variables: { input: { id: risk.id, version: risk.version, ...riskInput(values) } } }).catch(
      () => null,
    );
    if (!result?.data) return;
    toast({ message: 'Risk saved', tone: 'success' });
    onClose();
  };

  const reload = async () => {
    setReloading(true);
    await onReload().finally(() => setReloading(false));
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {conflict ? (
        <ConflictNotice what="risk" onReload={() => void reload()} reloading={reloading} />
      ) : (
        <ErrorBanner error={unplacedErrors(error, RISK_FIELDS)} title="The risk was not saved" />
      )}
      <RiskFormFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errors={fieldErrors(error)} />
      <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" busy={loading} disabled={conflict}>
          Save
        </Button>
      </div>
    </form>
  );
}
