import type { ReactNode } from 'react';

/** The usual padded, width-limited frame of a page (the roadmap uses the full width instead). */
export function PageFrame({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return <div className={`mx-auto w-full px-4 py-6 sm:px-6 sm:py-8 ${wide ? 'max-w-7xl' : 'max-w-5xl'}`}>{children}</div>;
}
