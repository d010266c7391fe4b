import { Module } from '@nestjs/common';
import { InitiativeModule } from '../initiative/initiative.module';
import { TeamModule } from '../team/team.module';
import { DemoDataLoader } from './load-demo-data';

@Module({
  imports: [TeamModule, InitiativeModule],
  providers: [DemoDataLoader],
  exports: [DemoDataLoader],
})
export class SeedModule {}
