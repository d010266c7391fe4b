import { Module } from '@nestjs/common';
import { ForecastCausesResolver, GoalForecastResolver, InitiativeForecastResolver } from './forecast.resolver';

@Module({ providers: [InitiativeForecastResolver, ForecastCausesResolver, GoalForecastResolver] })
export class ForecastModule {}
