import { Module } from '@nestjs/common';
import { InitiativeModule } from '../initiative/initiative.module';
import { CheckInResolver, InitiativeCheckInResolver } from './check-in.resolver';
import { CheckInService } from './check-in.service';
import { CheckInStore } from './check-in-store';

@Module({
  imports: [InitiativeModule],
  providers: [CheckInResolver, InitiativeCheckInResolver, CheckInService, CheckInStore],
  exports: [CheckInStore],
})
export class CheckInModule {}
