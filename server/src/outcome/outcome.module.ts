import { Module } from '@nestjs/common';
import { InitiativeOutcomesResolver, OutcomeResolver } from './outcome.resolver';
import { OutcomeService } from './outcome.service';

@Module({
  providers: [OutcomeResolver, InitiativeOutcomesResolver, OutcomeService],
})
export class OutcomeModule {}
