import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RiskStatus, Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { assertWindow } from '../common/date-window';
import { DateScalar } from '../common/scalars';
import { isPresent } from '../common/collections';
import { GoalModel } from '../goal/goal.model';
import { RequestContext } from '../graphql-context';
import { InitiativeModel } from '../initiative/initiative.model';
import { compareBySeverity } from '../risk/risk-order';
import { RiskModel } from '../risk/risk.model';
import { ForecastModel, GoalForecastModel } from './forecast.model';
import { goalRisk } from './goal-forecast';
import { OrgForecast } from './org-forecast';

const INHERITED_STATUSES = new Set([RiskStatus.OPEN, RiskStatus.MITIGATING]);

async function initiativesOf(ids: string[], { loaders }: RequestContext): Promise<InitiativeModel[]> {
  return (await loaders.initiative.loadMany(ids)).filter(isPresent);
}

function forecastOf(initiative: InitiativeModel, org: OrgForecast): ForecastModel {
  const forecast = org.of(initiative.id);
  if (!forecast) return { startDate: initiative.startDate, endDate: initiative.endDate, slipDays: 0, causeIds: [] };
  return { startDate: forecast.startDate, endDate: forecast.endDate, slipDays: forecast.slipDays, causeIds: org.causesOf(initiative.id) };
}

/** The initiatives that push a forecast, loaded only when asked. */
@Resolver(() => ForecastModel)
export class ForecastCausesResolver {
  @ResolveField(() => [InitiativeModel], {
    description: 'The chain that pushes it, first cause first, itself not included; empty when nothing pushes it.',
  })
  // No parameter decorators: Nest then calls this directly with graphql-js's (parent, args, context).
  causes(forecast: ForecastModel, _args: object, context: RequestContext): InitiativeModel[] | Promise<InitiativeModel[]> {
    return forecast.causeIds.length ? initiativesOf(forecast.causeIds, context) : [];
  }
}

/** An initiative's forecast and the risks it inherits along its dependencies. */
@Resolver(() => InitiativeModel)
export class InitiativeForecastResolver {
  @Requires(Role.VIEWER)
  @Query(() => [InitiativeModel], {
    description:
      'The initiatives forecast off their plan (pushed by a blocker, or expected to end on another day) whose plan or forecast ' +
      'overlaps [from, to]: what the roadmap draws forecast ghosts for. Ask each for its `forecast`.',
  })
  async forecastSlips(
    @Args('from', { type: () => DateScalar, description: 'First day of the window.' }) from: string,
    @Args('to', { type: () => DateScalar, description: 'Last day of the window, inclusive.' }) to: string,
    @Context() context: RequestContext,
  ): Promise<InitiativeModel[]> {
    assertWindow({ from, to });
    const org = await context.loaders.orgForecast();
    return initiativesOf(org.movedWithin(from, to), context);
  }

  @ResolveField(() => ForecastModel, { description: 'When it is forecast to run, carried through everything it depends on.' })
  // No parameter decorators (Nest then calls it directly), and no promise once the request holds the
  // org's forecast: forecastSlips asks it of thousands of initiatives.
  forecast(initiative: InitiativeModel, _args: object, { loaders }: RequestContext): ForecastModel | Promise<ForecastModel> {
    const org = loaders.settledOrgForecast();
    return org ? forecastOf(initiative, org) : loaders.orgForecast().then((loaded) => forecastOf(initiative, loaded));
  }

  @ResolveField(() => [RiskModel], {
    description: 'Risks OPEN or MITIGATING on the work it depends on, directly or not, most severe first.',
  })
  async inheritedRisks(@Parent() initiative: InitiativeModel, @Context() { loaders }: RequestContext): Promise<RiskModel[]> {
    const { graph } = await loaders.orgForecast();
    const upstream = [...graph.reachableBlockers(initiative.id)].filter((id) => id !== initiative.id);
    const lists = await loaders.risksOfInitiative.loadMany(upstream);
    return lists
      .flatMap((list) => (list instanceof Error ? [] : list))
      .filter((risk) => INHERITED_STATUSES.has(risk.status))
      .sort(compareBySeverity);
  }
}

/** Whether a goal's work is forecast to miss its target date. */
@Resolver(() => GoalModel)
export class GoalForecastResolver {
  @ResolveField(() => GoalForecastModel, { description: 'Whether the work serving it is forecast past its target date, and why.' })
  async forecast(@Parent() goal: GoalModel, @Context() context: RequestContext): Promise<GoalForecastModel> {
    const [org, work] = await Promise.all([context.loaders.orgForecast(), context.loaders.initiativesOfGoal.load(goal.id)]);
    const risk = goalRisk(
      goal.targetDate,
      work.map((initiative) => initiative.id),
      org,
    );
    return { ...risk, causes: risk.causes.length ? await initiativesOf(risk.causes, context) : [] };
  }
}
