import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS } from '@throughline/shared';
import { IsDefined, IsString, MaxLength } from 'class-validator';
import { Health } from '../common/graphql-enums';
import { DateScalar } from '../common/scalars';
import { RequiredId } from '../common/input-decorators';

@InputType({ description: "An owner's update on an initiative." })
export class CreateCheckInInput {
  @Field(() => ID, { description: 'The initiative it is about.' })
  @RequiredId('initiativeId')
  initiativeId: string;

  @Field(() => Health, { description: "How the work is doing; the initiative's health becomes this." })
  @IsDefined({ message: 'health must be given' })
  health: Health;

  @Field({ description: `What happened and what comes next, Markdown, at most ${LIMITS.description} characters (may be empty).` })
  @IsString({ message: 'body must be text' })
  @MaxLength(LIMITS.description, { message: `body must be at most ${LIMITS.description} characters` })
  body: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When the author now expects the work to end; feeds the forecast. Not before the initiative's startDate.",
  })
  expectedEndDate?: string | null;
}
