import { registerEnumType } from '@nestjs/graphql';

/** Where a decision record is in its life (the statuses of MADR and Nygard's records). */
export enum DecisionStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  DEPRECATED = 'DEPRECATED',
  SUPERSEDED = 'SUPERSEDED',
}

registerEnumType(DecisionStatus, {
  name: 'DecisionStatus',
  description: 'Where a decision record is: proposed, accepted, rejected, deprecated, or superseded by a later one.',
});
