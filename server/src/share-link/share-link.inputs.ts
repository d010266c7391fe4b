import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString } from 'class-validator';
import { DateTimeScalar } from '../common/scalars';
import { SharedView } from './share-link.model';

@InputType({ description: 'A new share link.' })
export class CreateShareLinkInput {
  @Field(() => SharedView, { description: 'The view it opens.' })
  @IsEnum(SharedView, { message: 'view must be ROADMAP or ALIGNMENT' })
  view: SharedView;

  @Field({
    description:
      "The view's URL query as the web app keeps it: the roadmap's from, to (at most 24 months), group, team, goal, status, q, collapsed, baseline; alignment's fy.",
  })
  @IsString()
  params: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it stops working, in the future; null or omitted: never.' })
  @IsOptional()
  expiresAt?: Date | null;
}
