import { Module } from '@nestjs/common';
import { RoadmapResolver } from './roadmap.resolver';
import { RoadmapService } from './roadmap.service';

@Module({
  providers: [RoadmapResolver, RoadmapService],
})
export class RoadmapModule {}
