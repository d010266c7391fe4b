import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/scalars';
import { Health, InitiativeStatus } from '../common/graphql-enums';

@ObjectType('Initiative', { description: 'A piece of technical work, planned across teams and tied to the goals it serves.' })
export class InitiativeModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Unique human key, e.g. "TL-42", assigned by the server.' })
  key: string;

  @Field({ description: 'What the work is, in a line.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Longer description, Markdown.' })
  description: string | null;

  @Field(() => InitiativeStatus, { description: 'Where the work is in its life.' })
  status: InitiativeStatus;

  @Field(() => Health, { description: 'Whether it is on course.' })
  health: Health;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the work.' })
  startDate: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the work, inclusive; not before startDate.' })
  endDate: string | null;

  @Field(() => String, { nullable: true, description: 'Who is accountable for it.' })
  owner: string | null;

  @Field(() => Float, { nullable: true, description: 'Estimated engineer-weeks.' })
  effortWeeks: number | null;

  @Field(() => String, { nullable: true, description: 'The Jira issue key when imported, e.g. "PLAT-12".' })
  externalKey: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the issue in Jira when imported.' })
  externalUrl: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of its Jira child issues that are done, 0..1; null when not imported or childless.',
  })
  progress: number | null;

  @Field(() => Int, { description: 'Increases on every change; send it back with an update to detect concurrent edits.' })
  version: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The id of the team that leads the work: `leadTeam` without the team, for answers that list each team once.',
  })
  leadTeamId: string | null;
}
