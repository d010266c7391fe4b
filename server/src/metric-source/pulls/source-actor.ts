import { ActorKind } from '@throughline/shared';
import { Actor } from '../../auth/caller';

/** Who the audit trail names for what a pull writes: the source itself. */
export function sourceActor(sourceName: string): Actor {
  return { kind: ActorKind.METRIC_SOURCE, name: `Metric source: ${sourceName}`, userId: null, tokenId: null, requestId: null };
}
