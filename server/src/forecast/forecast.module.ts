import { Module } from '@nestjs/common';
import { GoalForecastResolver, InitiativeForecastResolver } from './forecast.resolver';

@Module({ providers: [InitiativeForecastResolver, GoalForecastResolver] })
export class ForecastModule {}
