import { Module } from '@nestjs/common';
import { InitiativeModule } from '../initiative/initiative.module';
import { InitiativeOutcomesResolver, OutcomeResolver } from './outcome.resolver';
import { OutcomeService } from './outcome.service';
import { OutcomeWindowsResolver } from './windows/outcome-windows.resolver';
import { OutcomeWindowsService } from './windows/outcome-windows.service';

@Module({
  imports: [InitiativeModule],
  providers: [OutcomeResolver, InitiativeOutcomesResolver, OutcomeService, OutcomeWindowsResolver, OutcomeWindowsService],
})
export class OutcomeModule {}
