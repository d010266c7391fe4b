import type { Role } from '@throughline/shared';
import type { ReactNode } from 'react';
import { useCan } from '../lib/session/use-can';
import { ROLE_LABEL } from '../lib/session/role-label';
import { EmptyState } from './ui/empty-state';
import { PageFrame } from './ui/page-frame';

/** A page only some roles may open (the server refuses the others anyway): a clear word instead. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  if (useCan(role)) return children;
  return (
    <PageFrame>
      <EmptyState
        title="Not available with your role"
        description={`This page needs the ${ROLE_LABEL[role]} role. Ask an administrator if you need it.`}
      />
    </PageFrame>
  );
}
