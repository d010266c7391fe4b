import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Team', { description: 'A team that leads or contributes to initiatives.' })
export class TeamModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Short unique code, e.g. "PLAT": 2-10 of A-Z, 0-9.' })
  key: string;

  @Field({ description: 'Display name, e.g. "Platform".' })
  name: string;
}
