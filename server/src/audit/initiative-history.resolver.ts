import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { daysBetween } from '@throughline/shared';
import { RequestContext } from '../graphql-context';
import { InitiativeModel } from '../initiative/initiative.model';
import { AuditEventModel } from './audit.model';

/** What the audit trail tells about one initiative: its history, and how far its end has moved. */
@Resolver(() => InitiativeModel)
export class InitiativeHistoryResolver {
  @ResolveField(() => [AuditEventModel], {
    description: 'Every change of the initiative, newest first, whoever made it (people, tokens, Jira syncs).',
  })
  history(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<AuditEventModel[]> {
    return loaders.historyOfInitiative.load(initiative.id);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Current end minus the end first planned (the first one the audit trail shows it given), in days; null without an end date now or then.',
  })
  async endDateDriftDays(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<number | null> {
    if (!initiative.endDate) return null;
    const first = await loaders.firstPlannedEnd.load(initiative.id);
    return first ? daysBetween(first, initiative.endDate) : null;
  }
}
