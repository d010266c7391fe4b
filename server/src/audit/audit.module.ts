import { Module } from '@nestjs/common';
import { ActorResolver } from './actor.resolver';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { InitiativeHistoryResolver } from './initiative-history.resolver';

/** Reading the audit trail; writers record through AuditLog (audit-log.ts) in their own transactions. */
@Module({ providers: [AuditResolver, ActorResolver, AuditService, InitiativeHistoryResolver] })
export class AuditModule {}
