import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { AuditFilter, AuditPageArgs } from './audit.inputs';
import { AuditEventModel, AuditEventPageModel } from './audit.model';
import { AuditService } from './audit.service';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Requires(Role.ADMIN)
  @Query(() => AuditEventPageModel, { description: 'The audit trail: every change, newest first, a page at a time.' })
  auditEvents(
    @Args('filter', { type: () => AuditFilter, nullable: true, description: 'Which events; all when omitted.' })
    filter: AuditFilter | null,
    @Args() { first, after }: AuditPageArgs,
  ): Promise<AuditEventPageModel> {
    return this.auditService.page(filter, first, after);
  }
}
