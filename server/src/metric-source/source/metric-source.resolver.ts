import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../../auth/access.decorators';
import { Actor, CurrentActor } from '../../auth/caller';
import { IdArg } from '../../common/id-args';
import { CreateMetricSourceInput, UpdateMetricSourceInput } from './metric-source.inputs';
import { MetricSourceModel, toSourceModel } from './metric-source.model';
import { MetricSourceService } from './metric-source.service';

@Resolver(() => MetricSourceModel)
export class MetricSourceResolver {
  constructor(private readonly sources: MetricSourceService) {}

  @Requires(Role.VIEWER)
  @Query(() => [MetricSourceModel], { description: 'Every metric source, by name (never their credentials).' })
  async metricSources(): Promise<MetricSourceModel[]> {
    return (await this.sources.list()).map(toSourceModel);
  }

  @Requires(Role.ADMIN)
  @Mutation(() => MetricSourceModel, {
    description:
      'Saves a metric source after checking that it answers with these credentials; what fails is BAD_USER_INPUT naming the input.',
  })
  async createMetricSource(
    @Args('input', { description: 'The new source.' }) input: CreateMetricSourceInput,
    @CurrentActor() actor: Actor,
  ): Promise<MetricSourceModel> {
    return toSourceModel(await this.sources.create(input, actor));
  }

  @Requires(Role.ADMIN)
  @Mutation(() => MetricSourceModel, {
    description: 'Changes a metric source; a changed address, account or credential is checked against it first.',
  })
  async updateMetricSource(
    @Args('input', { description: 'The changes.' }) input: UpdateMetricSourceInput,
    @CurrentActor() actor: Actor,
  ): Promise<MetricSourceModel> {
    return toSourceModel(await this.sources.update(input, actor));
  }

  @Requires(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes a metric source and unbinds its metrics; their measurements stay.' })
  deleteMetricSource(@IdArg('id', 'The source to delete.') id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.sources.delete(id, actor);
  }
}
