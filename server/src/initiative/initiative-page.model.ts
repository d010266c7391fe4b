import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InitiativeModel } from './initiative.model';

@ObjectType('InitiativePage', { description: 'One page of a list of initiatives.' })
export class InitiativePageModel {
  @Field(() => [InitiativeModel], { description: 'The initiatives of this page, by start date (undated last), then key.' })
  items: InitiativeModel[];

  @Field(() => Int, { description: 'How many initiatives match, across all pages.' })
  totalCount: number;
}
