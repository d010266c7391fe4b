import { Module } from '@nestjs/common';
import { BaselineResolver, InitiativeBaselineResolver } from './baseline.resolver';
import { BaselineService } from './baseline.service';

@Module({ providers: [BaselineResolver, InitiativeBaselineResolver, BaselineService] })
export class BaselineModule {}
