import { Module } from '@nestjs/common';
import { InitiativeModule } from '../initiative/initiative.module';
import { CheckInResolver, InitiativeCheckInResolver } from './check-in.resolver';
import { CheckInService } from './check-in.service';

@Module({ imports: [InitiativeModule], providers: [CheckInResolver, InitiativeCheckInResolver, CheckInService] })
export class CheckInModule {}
