import { Query, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../../auth/access.decorators';
import { IdArg } from '../../common/id-args';
import { SyncRunModel } from './sync-run.model';
import { SyncRuns } from './sync-runs';

@Resolver(() => SyncRunModel)
export class SyncRunResolver {
  constructor(private readonly runs: SyncRuns) {}

  @Requires(Role.EDITOR)
  @Query(() => SyncRunModel, { nullable: true, description: 'One sync run, e.g. to follow its progress; null when it does not exist.' })
  syncRun(@IdArg('id', 'The run.') id: string): Promise<SyncRunModel | null> {
    return this.runs.get(id);
  }
}
