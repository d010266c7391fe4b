import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActorKind, AuditAction } from '@throughline/shared';
import { DateTimeScalar } from '../common/scalars';

registerEnumType(ActorKind, { name: 'ActorKind', description: 'What kind of caller made a change.' });
registerEnumType(AuditAction, { name: 'AuditAction', description: 'What a change did to its entity.' });

@ObjectType('Actor', { description: 'Who made a change: a person, a token, a Jira sync, a metric source or the system.' })
export class ActorModel {
  @Field(() => ActorKind, { description: 'What kind of caller it was.' })
  kind: ActorKind;

  @Field({ description: 'As shown: "Priya Raman", "token ci-push (Priya Raman)", "Jira sync: Acme Jira", "System".' })
  name: string;

  userId: string | null;
}

@ObjectType('FieldChange', { description: 'One field of a change, with its value before and after.' })
export class FieldChangeModel {
  @Field({ description: 'The field, as the API names it ("endDate", "teamIds", "measurementsRecorded").' })
  field: string;

  @Field(() => String, { nullable: true, description: 'JSON text of the old value; null when the entity was created.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON text of the new value; null when the entity was deleted.' })
  after: string | null;
}

@ObjectType('AuditEvent', { description: 'One change to one entity, as the append-only audit trail keeps it.' })
export class AuditEventModel {
  @Field(() => ID, { description: 'Stable identifier; later events have larger ones.' })
  id: string;

  @Field(() => DateTimeScalar, { description: 'When the change was made.' })
  at: Date;

  @Field(() => ActorModel, { description: 'Who made it.' })
  actor: ActorModel;

  @Field(() => AuditAction, { description: 'Whether the entity was created, changed or deleted.' })
  action: AuditAction;

  @Field({ description: 'What kind of entity: "Initiative", "Team", "Goal", "Metric", "Risk", "Dependency", "Baseline".' })
  entityType: string;

  @Field(() => ID, { description: 'The entity; a Dependency\'s is "<dependent id>:<blocker id>".' })
  entityId: string;

  @Field(() => [FieldChangeModel], { description: 'Each field that changed (on creation: each one set; on deletion: each one it had).' })
  changes: FieldChangeModel[];

  @Field(() => String, { nullable: true, description: 'The id of the request that made it (X-Request-Id), to find it in the logs.' })
  requestId: string | null;
}

@ObjectType('AuditEventPage', { description: 'A page of audit events, newest first.' })
export class AuditEventPageModel {
  @Field(() => [AuditEventModel], { description: 'The events of this page, newest first.' })
  items: AuditEventModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  nextCursor: string | null;
}
