import type { ReactNode } from 'react';
import { Logo } from '../../../components/ui/logo';

interface AuthCardProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** The frame of the pages shown before there is a session: sign in, first run, set password. */
export function AuthCard({ title, description, children }: AuthCardProps) {
  return (
    <main id="main" className="flex min-h-dvh items-start justify-center bg-slate-50 px-4 py-12 sm:items-center">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2 font-semibold tracking-tight text-slate-900">
          <Logo className="size-8" />
          <span className="text-lg">Throughline</span>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold text-slate-900">{title}</h1>
          {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
          <div className="mt-5">{children}</div>
        </div>
      </div>
    </main>
  );
}
