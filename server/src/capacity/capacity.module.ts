import { Module } from '@nestjs/common';
import { AllocationStore } from '../initiative/allocation-store';
import { CapacityResolver, InitiativeAllocationResolver, TeamCapacityResolver } from './capacity.resolver';
import { CapacityService } from './capacity.service';

@Module({
  providers: [AllocationStore, CapacityService, CapacityResolver, TeamCapacityResolver, InitiativeAllocationResolver],
})
export class CapacityModule {}
