import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@throughline/shared';
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import { useToast } from '../../../components/ui/toast';
import type { RoadmapBarFragment } from '../../../gql/graphql';
import { apiErrors, hasErrorCode } from '../../../lib/errors';
import { withOverride, type DateOverride } from '../model/overrides';
import { RescheduleInitiativeMutation } from './reschedule-initiative.mutation';

type SetOverrides = Dispatch<SetStateAction<ReadonlyMap<string, DateOverride>>>;

/**
 * Saves new dates for a bar with the version it was loaded at. The bar moves at once; if the save
 * fails it moves back, and if someone else saved the initiative meanwhile (CONFLICT) the roadmap
 * is reloaded and the user is told why the bar jumped.
 */
export function useRescheduleInitiative(setOverrides: SetOverrides, reload: () => Promise<unknown>) {
  const [mutate] = useMutation(RescheduleInitiativeMutation);
  const toast = useToast();
  return useCallback(
    async (item: RoadmapBarFragment, startDate: string, endDate: string) => {
      setOverrides((current) => withOverride(current, item.id, { startDate, endDate, version: item.version + 1 }));
      try {
        const { data } = await mutate({ variables: { input: { id: item.id, version: item.version, startDate, endDate } } });
        const saved = data?.updateInitiative;
        if (saved?.startDate && saved.endDate) {
          setOverrides((current) =>
            withOverride(current, item.id, { startDate: saved.startDate!, endDate: saved.endDate!, version: saved.version }),
          );
        }
      } catch (error) {
        setOverrides((current) => withOverride(current, item.id, null));
        if (hasErrorCode(error, ErrorCode.CONFLICT)) {
          await reload().catch(() => undefined);
          toast({
            tone: 'warning',
            message: `Someone else changed ${item.key} while you were moving it; it has been reloaded. Your change was not saved.`,
          });
          return;
        }
        toast({ tone: 'error', message: `${item.key} could not be moved: ${apiErrors(error)[0]?.message ?? 'unknown error'}` });
      }
    },
    [mutate, reload, setOverrides, toast],
  );
}
