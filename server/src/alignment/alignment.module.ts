import { Module } from '@nestjs/common';
import { AlignmentResolver } from './alignment.resolver';
import { AlignmentService } from './alignment.service';

@Module({
  providers: [AlignmentResolver, AlignmentService],
})
export class AlignmentModule {}
