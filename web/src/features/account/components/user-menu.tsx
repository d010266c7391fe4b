import { useApolloClient } from '@apollo/client/react';
import { Role, roleAtLeast } from '@throughline/shared';
import { useNavigate } from 'react-router';
import { Menu } from '../../../components/ui/menu';
import { useToast } from '../../../components/ui/toast';
import { useMe } from '../../../lib/session/me.query';
import { ROLE_LABEL } from '../../../lib/session/role-label';
import { signOut } from '../api/sign-out';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** Who is signed in, with what role; their tokens and (editors) share links; sign out here or everywhere. */
export function UserMenu() {
  const me = useMe().data?.me;
  const client = useApolloClient();
  const navigate = useNavigate();
  const toast = useToast();
  if (!me) return null;

  const leave = async (everywhere: boolean) => {
    try {
      await signOut({ everywhere });
    } catch (error) {
      toast({ message: `You are still signed in: ${error instanceof Error ? error.message : String(error)}`, tone: 'error' });
      return;
    }
    await navigate('/sign-in', { replace: true });
    // Nothing of this user's data may stay in memory for whoever signs in next.
    await client.clearStore();
  };

  const role = ROLE_LABEL[me.role as Role];
  return (
    <Menu
      align="end"
      testId="user-menu"
      trigger={
        <>
          <span
            aria-hidden
            className="flex size-6 items-center justify-center rounded-full bg-indigo-100 text-[11px] font-semibold text-indigo-800"
          >
            {initials(me.name)}
          </span>
          <span className="sr-only 2xl:not-sr-only 2xl:max-w-40 2xl:truncate">{me.name}</span>
          <span className="sr-only">, </span>
          <span className="sr-only md:not-sr-only md:rounded md:bg-slate-100 md:px-1.5 md:text-xs md:font-normal md:text-slate-700">
            {role}
          </span>
        </>
      }
      items={[
        { label: 'API tokens', onSelect: () => void navigate('/tokens') },
        ...(roleAtLeast(me.role as Role, Role.EDITOR) ? [{ label: 'Share links', onSelect: () => void navigate('/share-links') }] : []),
        { label: 'Sign out', onSelect: () => void leave(false) },
        { label: 'Sign out everywhere', onSelect: () => void leave(true) },
      ]}
    />
  );
}
