import { Module } from '@nestjs/common';
import { DependencyResolver } from './dependency.resolver';
import { DependencyService } from './dependency.service';
import { DependencyStore } from './dependency-store';
import { InitiativeStore } from './initiative-store';
import { InitiativeResolver } from './initiative.resolver';
import { InitiativeService } from './initiative.service';

@Module({
  providers: [InitiativeResolver, InitiativeService, InitiativeStore, DependencyResolver, DependencyService, DependencyStore],
  // The stores are the only way into the initiative tables for other features (Jira sync, seed).
  exports: [InitiativeService, InitiativeStore, DependencyStore],
})
export class InitiativeModule {}
