import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../../auth/access.decorators';
import { IdArg } from '../../common/id-args';
import { RequestContext } from '../../graphql-context';
import { CreateJiraConnectionInput, UpdateJiraConnectionInput } from './jira-connection.inputs';
import { JiraConnectionEntity } from './jira-connection.entity';
import { JiraConnectionModel } from './jira-connection.model';
import { JiraConnectionService } from './jira-connection.service';
import { SyncNow } from '../runs/sync-now';
import { RunsArgs } from '../runs/sync-run.inputs';
import { SyncRunModel } from '../runs/sync-run.model';

/** The entity without its token, in the shape of the API. */
function toModel(connection: JiraConnectionEntity): JiraConnectionModel {
  const { apiTokenEncrypted, fieldOverrides, lastCursor: _cursor, createdAt: _created, updatedAt: _updated, ...fields } = connection;
  return { ...fields, hasApiToken: !!apiTokenEncrypted, fieldOverrides: { ...fieldOverrides } };
}

@Resolver(() => JiraConnectionModel)
export class JiraConnectionResolver {
  constructor(
    private readonly connections: JiraConnectionService,
    private readonly syncNow: SyncNow,
  ) {}

  @Requires(Role.EDITOR)
  @Query(() => [JiraConnectionModel], { description: 'Every Jira connection, by name.' })
  async jiraConnections(): Promise<JiraConnectionModel[]> {
    return (await this.connections.list()).map(toModel);
  }

  @Requires(Role.ADMIN)
  @Mutation(() => JiraConnectionModel, {
    description:
      'Saves a Jira connection after checking the site, the credentials and the JQL against Jira; what fails is BAD_USER_INPUT naming the input.',
  })
  async createJiraConnection(
    @Args('input', { description: 'The new connection.' }) input: CreateJiraConnectionInput,
  ): Promise<JiraConnectionModel> {
    return toModel(await this.connections.create(input));
  }

  @Requires(Role.ADMIN)
  @Mutation(() => JiraConnectionModel, {
    description: 'Changes a Jira connection; a changed site, email, token or JQL is checked against Jira first.',
  })
  async updateJiraConnection(
    @Args('input', { description: 'The changes.' }) input: UpdateJiraConnectionInput,
  ): Promise<JiraConnectionModel> {
    return toModel(await this.connections.update(input));
  }

  @Requires(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes a Jira connection and its run history; the initiatives it imported stay.' })
  deleteJiraConnection(@IdArg('id', 'The connection to delete.') id: string): Promise<boolean> {
    return this.connections.delete(id);
  }

  @Requires(Role.EDITOR)
  @Mutation(() => SyncRunModel, {
    description:
      'Queues a run and returns at once. While a run of this connection is queued or running, returns that run instead of starting another.',
  })
  syncJiraConnection(
    @IdArg('id', 'The connection to sync.') id: string,
    @Args('full', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: 'true: read every matching issue (and cancel what is gone); false: only what changed since the last successful run.',
    })
    full: boolean | null,
  ): Promise<SyncRunModel> {
    return this.syncNow.request(id, full ?? false);
  }

  @ResolveField(() => [SyncRunModel], { description: 'Its runs, newest first.' })
  runs(
    @Parent() connection: JiraConnectionModel,
    @Context() { loaders }: RequestContext,
    @Args() { take }: RunsArgs,
  ): Promise<SyncRunModel[]> {
    return loaders.runsOfConnection.load({ connectionId: connection.id, take });
  }
}
