import { useCallback } from 'react';
import { useToast } from '../../../components/ui/toast';

interface Refetchers {
  /** Resolves to the reloaded roadmap. */
  roadmap: () => Promise<{ data?: { roadmap: { bars: ReadonlyArray<{ id: string }> } } }>;
  options: () => Promise<unknown>;
}

/**
 * What happens after "New initiative" on the roadmap: the user stays here and the roadmap reloads.
 * The dialog evicts the cached roadmap, but this page's query is `no-cache` and never reads the
 * cache, so it has to be asked. When the new initiative is not in the view, a toast says why.
 */
export function useInitiativeCreated(refetch: Refetchers) {
  const toast = useToast();
  const { roadmap, options } = refetch;
  return useCallback(
    async (created: { id: string; key: string }) => {
      void options().catch(() => null);
      const result = await roadmap().catch(() => null);
      const bars = result?.data?.roadmap.bars;
      if (bars && !bars.some((bar) => bar.id === created.id)) {
        toast({
          message: `${created.key} is not in this view: it has no dates, or its dates or the filters put it elsewhere.`,
          tone: 'info',
        });
      }
    },
    [roadmap, options, toast],
  );
}
