import { Module } from '@nestjs/common';
import { DependencyResolver } from './dependency.resolver';
import { DependencyService } from './dependency.service';
import { InitiativeResolver } from './initiative.resolver';
import { InitiativeService } from './initiative.service';

@Module({
  providers: [InitiativeResolver, InitiativeService, DependencyResolver, DependencyService],
  exports: [InitiativeService],
})
export class InitiativeModule {}
