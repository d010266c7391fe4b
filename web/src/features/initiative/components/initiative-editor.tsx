import { ErrorCode } from '@throughline/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { bindFields, DescriptionField, TitleField } from '../../../components/form-fields';
import { Button } from '../../../components/ui/button';
import { ConflictNotice } from '../../../components/ui/conflict-notice';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { useToast } from '../../../components/ui/toast';
import type { InitiativeFieldsFragment } from '../../../gql/graphql';
import { hasErrorCode } from '../../../lib/errors';
import { useFormMutation } from '../../../lib/use-form-mutation';
import { useUpdateInitiativeDetails } from '../api/update-initiative.mutation';
import {
  changedInput,
  INITIATIVE_FIELDS,
  initiativeProblems,
  lockedFieldsOf,
  valuesOf,
  type InitiativeFormValues,
} from '../initiative-form-values';
import { InitiativeProperties } from './initiative-properties';

interface InitiativeEditorProps {
  initiative: InitiativeFieldsFragment;
  /** Loads the latest saved version, after a conflict. */
  onReload: () => Promise<unknown>;
  /** Rendered between the main fields and the properties: dependencies, risks. */
  children?: ReactNode;
}

/**
 * Every field of an initiative in one form, saved together with the version it was loaded at.
 * The page keys it by that version, so a reload after a conflict starts it afresh.
 */
export function InitiativeEditor({ initiative, onReload, children }: InitiativeEditorProps) {
  const formId = useId();
  const toast = useToast();
  const [initial] = useState(() => valuesOf(initiative));
  const [values, setValues] = useState(initial);
  const form = useFormMutation(useUpdateInitiativeDetails(), INITIATIVE_FIELDS);
  const { loading, errors } = form;
  const conflict = hasErrorCode(form.error, ErrorCode.CONFLICT);
  const changes = changedInput(initial, values);
  const dirty = Object.keys(changes).length > 0;
  const change = (patch: Partial<InitiativeFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const field = bindFields(values, change, errors, { form: formId, locked: lockedFieldsOf(initiative), lockedHint: 'Edited in Jira' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) return;
    const data = await form.submit(initiativeProblems(values), { input: { id: initiative.id, version: initiative.version, ...changes } });
    if (data) toast({ message: `${initiative.key} saved`, tone: 'success' });
  };

  const discard = () => {
    setValues(initial);
    form.clear();
  };

  return (
    <div className="space-y-4">
      {conflict ? (
        <ConflictNotice what={`initiative ${initiative.key}`} onReload={onReload} />
      ) : (
        <ErrorBanner error={form.bannerErrors} title="The changes were not saved" />
      )}
      {/* Source order puts the properties right after the text on narrow screens; wide, they sit alongside. */}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <form id={formId} onSubmit={submit} noValidate aria-label={`Edit ${initiative.key}`} className="min-w-0 space-y-4 lg:col-start-1">
          <TitleField {...field('title')} />
          <DescriptionField rows={6} hint="Markdown." {...field('description')} />
        </form>
        <aside
          aria-label="Properties"
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start"
        >
          <InitiativeProperties values={values} onChange={change} errors={errors} field={field} />
          <div className="flex justify-end gap-2 border-t border-slate-100 pt-3">
            <Button onClick={discard} disabled={!dirty || loading}>
              Discard
            </Button>
            <Button type="submit" form={formId} variant="primary" busy={loading} disabled={!dirty || conflict}>
              Save changes
            </Button>
          </div>
        </aside>
        <div className="min-w-0 space-y-8 lg:col-start-1">{children}</div>
      </div>
      {dirty && (
        <div
          role="status"
          className="sticky bottom-4 z-10 mx-auto flex w-fit items-center gap-3 rounded-full border border-slate-200 bg-white px-4 py-2 text-sm shadow-lg lg:hidden"
        >
          Unsaved changes
          <Button size="sm" type="submit" form={formId} variant="primary" busy={loading} disabled={conflict}>
            Save
          </Button>
        </div>
      )}
    </div>
  );
}
