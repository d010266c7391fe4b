import { NavLink, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { Role, roleAtLeast } from '@throughline/shared';
import { Logo } from '../components/ui/logo';
import { Menu } from '../components/ui/menu';
import { UserMenu } from '../features/account/components/user-menu';
import { useMe } from '../lib/session/me.query';

// Each entry shows to the roles that may read it (the contract's Access section): viewers do not
// read Jira connections; only administrators manage accounts and read the whole audit trail.
const NAV = [
  { to: '/', label: 'Roadmap', end: true, needs: Role.VIEWER },
  { to: '/alignment', label: 'Alignment', needs: Role.VIEWER },
  { to: '/outcomes', label: 'Outcomes', needs: Role.VIEWER },
  { to: '/risks', label: 'Risks', needs: Role.VIEWER },
  { to: '/decisions', label: 'Decisions', needs: Role.VIEWER },
  { to: '/needs-update', label: 'Needs an update', needs: Role.VIEWER },
  { to: '/capacity', label: 'Capacity', needs: Role.VIEWER },
  { to: '/teams', label: 'Teams', needs: Role.VIEWER },
  { to: '/jira', label: 'Jira', needs: Role.EDITOR },
];

// Administration gathers under one menu so the main entries fit the bar.
const ADMIN = [
  { to: '/admin/metric-sources', label: 'Metric sources' },
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/audit', label: 'Audit trail' },
];

function AdminMenu() {
  const navigate = useNavigate();
  const inAdmin = useLocation().pathname.startsWith('/admin/');
  return (
    <Menu
      testId="admin-menu"
      trigger={<span className={inAdmin ? 'text-indigo-700' : undefined}>Admin</span>}
      items={ADMIN.map((item) => ({ label: item.label, onSelect: () => void navigate(item.to) }))}
    />
  );
}

export function Layout() {
  const navigation = useNavigation();
  const role = useMe().data?.me?.role as Role | undefined;
  const nav = NAV.filter((item) => role && roleAtLeast(role, item.needs));
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur print:hidden">
        <div className="flex h-14 items-center gap-3 px-3 sm:gap-6 sm:px-6">
          <NavLink
            to="/"
            aria-label="Throughline home"
            className="flex shrink-0 items-center gap-2 rounded-md font-semibold tracking-tight text-slate-900"
          >
            <Logo />
            <span className="hidden sm:inline">Throughline</span>
          </NavLink>
          <nav aria-label="Main" className="-mx-2 flex min-w-0 flex-1 items-center gap-1 overflow-x-auto">
            {nav.map((item) => (
              <NavLink
                key={item.to}
                to={item.to}
                end={item.end}
                className={({ isActive }) =>
                  `whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium transition-colors sm:px-2.5 ${isActive ? 'bg-indigo-50 text-indigo-700' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900'}`
                }
              >
                {item.label}
              </NavLink>
            ))}
          </nav>
          {role && roleAtLeast(role, Role.ADMIN) && <AdminMenu />}
          <UserMenu />
        </div>
        {navigation.state === 'loading' && (
          <div role="progressbar" aria-label="Loading page" className="absolute inset-x-0 bottom-0 h-0.5 animate-pulse bg-indigo-500" />
        )}
      </header>
      <main id="main" className="flex min-h-0 flex-1 flex-col">
        <Outlet />
      </main>
    </div>
  );
}
