import { Module } from '@nestjs/common';
import { TeamResolver } from './team.resolver';
import { TeamService } from './team.service';
import { TeamStore } from './team-store';

@Module({
  providers: [TeamResolver, TeamService, TeamStore],
  // The store is the only way into the team table for other features (Jira sync, seed).
  exports: [TeamStore],
})
export class TeamModule {}
