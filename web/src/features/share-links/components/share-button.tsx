import { Role } from '@throughline/shared';
import { useState } from 'react';
import { CreateDialog, useCreateForm } from '../../../components/create-dialog';
import { OneTimeSecretDialog } from '../../../components/one-time-secret-dialog';
import { bindFields, DateField } from '../../../components/form-fields';
import type { ShareButtonProps } from '../../../components/slots';
import { Button } from '../../../components/ui/button';
import { endOfDay, localDateInput } from '../../../lib/form-input';
import { useCan } from '../../../lib/session/use-can';
import { useCreateShareLink } from '../api/create-share-link.mutation';

const EMPTY = { expiresOn: '' };
const FIELDS = ['params', 'expiresAt'];
const VIEW_NAME = { ROADMAP: 'roadmap', ALIGNMENT: 'alignment view' } as const;

/** "Share": a read-only link to this view as it is on screen, for people with no account (editors only). */
export function ShareButton({ view, params }: ShareButtonProps) {
  const canShare = useCan(Role.EDITOR);
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const form = useCreateForm(EMPTY, useCreateShareLink(), FIELDS, () => setOpen(false));
  const field = bindFields(form.values, form.set, { ...form.errors, expiresOn: form.errors.expiresAt });
  if (!canShare) return null;

  const submit = async () => {
    const { expiresOn } = form.values;
    const problems = {
      expiresAt: expiresOn && expiresOn < localDateInput() ? 'Choose today or a later day, or leave it empty.' : undefined,
    };
    const data = await form.create(problems, { input: { view, params, expiresAt: expiresOn ? endOfDay(expiresOn) : null } });
    if (data) setUrl(data.createShareLink.url);
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>Share</Button>
      <CreateDialog
        open={open}
        form={form}
        title={`Share this ${VIEW_NAME[view]}`}
        description="A link that opens exactly what you see now (window, filters, grouping), read-only, for anyone who has it: no account needed. Revoke it on the Share links page."
        submitLabel="Create link"
        failedTitle="The link was not created"
        onSubmit={() => void submit()}
      >
        <DateField label="Expires on" hint="Optional; without a date it works until revoked." {...field('expiresOn')} />
      </CreateDialog>
      <OneTimeSecretDialog
        value={url}
        title="Your share link"
        description="Anyone with this link sees this view read-only, until it expires or you revoke it. Only a hash of its secret is kept: nobody can show it again."
        label="Link"
        onClose={() => setUrl(null)}
      />
    </>
  );
}
