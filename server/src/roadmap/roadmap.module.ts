import { Module } from '@nestjs/common';
import { CompactRoadmapResolver } from './compact-roadmap.resolver';
import { RoadmapResolver } from './roadmap.resolver';
import { RoadmapService } from './roadmap.service';

@Module({
  providers: [RoadmapResolver, CompactRoadmapResolver, RoadmapService],
})
export class RoadmapModule {}
