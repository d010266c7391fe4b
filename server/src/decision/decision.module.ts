import { Module } from '@nestjs/common';
import { DecisionFilesController } from './files/decision-files.controller';
import { DecisionFilesService } from './files/decision-files.service';
import { DecisionResolver, GoalDecisionsResolver, InitiativeDecisionsResolver } from './decision.resolver';
import { DecisionService } from './decision.service';

@Module({
  controllers: [DecisionFilesController],
  providers: [DecisionResolver, InitiativeDecisionsResolver, GoalDecisionsResolver, DecisionService, DecisionFilesService],
})
export class DecisionModule {}
