import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { SyncRunFieldsFragment } from '../../../gql/graphql';
import { SyncRunQuery } from '../api/sync-run.query';
import { isActiveRun } from '../model/run-progress';

export const POLL_MS = 1000;

/**
 * Polls a queued or running run of a connection until it finishes, then calls `onFinished` once.
 * It follows the run the user just started, and also one found in progress (a scheduled sync,
 * or one started in another tab). Each answer updates the cached SyncRun, so the history updates too.
 */
export function useRunFollower(latest: SyncRunFieldsFragment | undefined, onFinished: (run: SyncRunFieldsFragment) => void) {
  const [followId, setFollowId] = useState<string | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const latestActiveId = latest && isActiveRun(latest.status) ? latest.id : null;
  useEffect(() => {
    if (latestActiveId) setFollowId(latestActiveId);
  }, [latestActiveId]);

  const { data } = useQuery(
    SyncRunQuery,
    followId ? { variables: { id: followId }, pollInterval: POLL_MS, fetchPolicy: 'network-only' } : skipToken,
  );
  const polled = data?.syncRun?.id === followId ? data.syncRun : undefined;

  // A run deleted with its connection answers null: nothing left to follow.
  const gone = !!data && data.syncRun === null;
  useEffect(() => {
    if (gone) setFollowId(null);
  }, [gone]);

  useEffect(() => {
    if (!polled || isActiveRun(polled.status)) return;
    setFollowId(null);
    finished.current(polled);
  }, [polled]);

  const active = followId ? (polled ?? (latest?.id === followId ? latest : undefined)) : undefined;
  return { active: active && isActiveRun(active.status) ? active : undefined, follow: setFollowId };
}
