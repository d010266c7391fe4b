import { Module } from '@nestjs/common';
import { AllocationStore } from '../initiative/allocation-store';
import { CapacityResolver, InitiativeAllocationResolver, TeamCapacityResolver } from './capacity.resolver';
import { CapacityService } from './capacity.service';
import { CapacityStore } from './capacity-store';

@Module({
  providers: [AllocationStore, CapacityStore, CapacityService, CapacityResolver, TeamCapacityResolver, InitiativeAllocationResolver],
})
export class CapacityModule {}
