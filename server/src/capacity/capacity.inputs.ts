import { Field, Float, ID, InputType } from '@nestjs/graphql';

@InputType('AllocationInput', { description: "One team's share of an initiative's effort." })
export class AllocationInput {
  @Field(() => ID, { description: 'One of the initiative’s teams.' })
  teamId: string;

  @Field(() => Float, { description: '0..1; the shares of one initiative sum to 1.' })
  share: number;
}
