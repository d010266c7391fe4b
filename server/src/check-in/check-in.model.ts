import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ActorKind } from '@throughline/shared';
import { ActorModel } from '../audit/audit.model';
import { Health } from '../common/graphql-enums';
import { DateScalar, DateTimeScalar } from '../common/scalars';

@ObjectType('CheckIn', {
  description: "An owner's update on an initiative: its health in their words, and when they now expect it to end.",
})
export class CheckInModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Health, { description: 'How the work was doing; the initiative took this health.' })
  health: Health;

  @Field({ description: 'The update, Markdown.' })
  body: string;

  @Field(() => DateScalar, { nullable: true, description: "The author's expected end at the time; feeds the forecast." })
  expectedEndDate: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was posted.' })
  createdAt: Date;

  initiativeId: string;
  authorKind: ActorKind;
  authorName: string;
  authorUserId: string | null;
}

/** The author as the Actor the audit trail shows. */
export function authorOf(checkIn: CheckInModel): ActorModel {
  return { kind: checkIn.authorKind, name: checkIn.authorName, userId: checkIn.authorUserId };
}
