import { ResolveField, Resolver } from '@nestjs/graphql';
import { compareByName, isPresent } from '../common/collections';
import { RequestContext } from '../graphql-context';
import { TeamModel } from '../team/team.model';
import { RoadmapModel } from './roadmap.model';

/** The part of the compact roadmap shape that needs the request's loaders: each lead team once. */
@Resolver(() => RoadmapModel)
export class CompactRoadmapResolver {
  @ResolveField(() => [TeamModel], {
    description: 'The lead teams of `bars`, each once, by name: what `Initiative.leadTeamId` points to.',
  })
  // No parameter decorators: Nest then calls this directly with graphql-js's (parent, args, context).
  async leadTeams(roadmap: RoadmapModel, _args: object, { loaders }: RequestContext): Promise<TeamModel[]> {
    const ids = new Set<string>();
    for (const bar of roadmap.bars) if (bar.leadTeamId) ids.add(bar.leadTeamId);
    const teams = (await loaders.team.loadMany([...ids])).filter(isPresent);
    return teams.sort(compareByName);
  }
}
