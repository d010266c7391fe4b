import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ActorKind, LIMITS } from '@throughline/shared';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { OptionalId } from '../common/input-decorators';
import { DateTimeScalar } from '../common/scalars';

@InputType({ description: 'Which audit events to list; every given criterion must hold.' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Only changes by this user (themselves or through their tokens).' })
  @OptionalId('actorUserId')
  actorUserId?: string | null;

  @Field(() => ActorKind, { nullable: true, description: 'Only changes by this kind of actor.' })
  actorKind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: 'Only changes to this kind of entity, e.g. "Initiative".' })
  @IsOptional()
  @IsString({ message: 'entityType must be text' })
  @MaxLength(40, { message: 'entityType must be at most 40 characters' })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes to this entity.' })
  @IsOptional()
  @IsString({ message: 'entityId must be text' })
  @MaxLength(100, { message: 'entityId must be at most 100 characters' })
  entityId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only changes made at or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only changes made before this instant.' })
  to?: Date | null;
}

const DEFAULT_FIRST = 50;

/** `first` and `after` of the audit trail's keyset paging. */
@ArgsType()
export class AuditPageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_FIRST, description: `Page size, 1..${LIMITS.pageSize}.` })
  @Transform(({ value }) => value ?? DEFAULT_FIRST)
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: `first must be from 1 to ${LIMITS.pageSize}` })
  @Max(LIMITS.pageSize, { message: `first must be from 1 to ${LIMITS.pageSize}` })
  first: number;

  @Field(() => String, { nullable: true, description: 'The `nextCursor` of the page before; omit for the newest events.' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'after must be a cursor this API returned' })
  after?: string | null;
}
