import { ApolloProvider } from '@apollo/client/react';
import { useState, type ComponentType, type MouseEvent } from 'react';
import { useLocation, useParams } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { Logo } from '../../components/ui/logo';
import { PageFrame } from '../../components/ui/page-frame';
import SharedAlignmentPage from '../../features/alignment/shared-alignment-page';
import SharedRoadmapPage from '../../features/roadmap/shared-roadmap-page';
import { createShareLinkClient } from '../../lib/apollo';

const VIEWS: Record<string, ComponentType | undefined> = { roadmap: SharedRoadmapPage, alignment: SharedAlignmentPage };

// A shared view leads nowhere else: its links (a bar, a goal) would need an account.
function stayHere(event: MouseEvent) {
  if (event.target instanceof Element && event.target.closest('a[href]')) event.preventDefault();
}

/**
 * /shared/<view>?<params>#<secret>: a view opened with a share link, by anyone, with no account.
 * The secret comes from the fragment (never sent to the server with the page) and goes to the
 * API as X-Share-Link from a client of its own; no app navigation, no session.
 */
export default function SharedViewRoute() {
  const { view } = useParams();
  const { hash } = useLocation();
  const [client] = useState(() => createShareLinkClient(decodeURIComponent(hash.slice(1))));
  const Page = VIEWS[view ?? ''];
  return (
    <ApolloProvider client={client}>
      <div className="flex min-h-dvh flex-col">
        <header className="border-b border-slate-200 bg-white print:hidden">
          <div className="flex h-14 items-center gap-3 px-3 sm:px-6">
            <span className="flex shrink-0 items-center gap-2 font-semibold tracking-tight text-slate-900">
              <Logo />
              <span className="hidden sm:inline">Throughline</span>
            </span>
            <p
              role="status"
              className="rounded-full bg-amber-50 px-3 py-1 text-sm font-medium text-amber-900 ring-1 ring-inset ring-amber-200"
            >
              Shared view, read-only
            </p>
          </div>
        </header>
        <main id="main" className="flex min-h-0 flex-1 flex-col" onClickCapture={stayHere} onAuxClickCapture={stayHere}>
          {Page && hash.length > 1 ? (
            <Page />
          ) : (
            <PageFrame>
              <EmptyState title="This link is incomplete" description="Ask whoever shared it to send the whole link again." />
            </PageFrame>
          )}
        </main>
      </div>
    </ApolloProvider>
  );
}
