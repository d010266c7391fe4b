import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/scalars';

@ObjectType('JiraFieldOverrides', { description: 'Jira field ids used instead of the discovered ones; null means discovered.' })
export class JiraFieldOverridesModel {
  @Field(() => String, { nullable: true, description: 'Field id for "Target start", e.g. "customfield_10022".' })
  targetStart?: string | null;

  @Field(() => String, { nullable: true, description: 'Field id for "Target end".' })
  targetEnd?: string | null;

  @Field(() => String, { nullable: true, description: 'Field id for the Atlassian "Team" field.' })
  team?: string | null;
}

@ObjectType('JiraConnection', {
  description: 'A Jira Cloud site and the JQL whose issues it imports as initiatives. Its API token is write-only: no field returns it.',
})
export class JiraConnectionModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Display name, unique.' })
  name: string;

  @Field({ description: 'The Jira site, e.g. "https://acme.atlassian.net"; empty for a connection fed only by CSV imports.' })
  baseUrl: string;

  @Field({ description: 'The Atlassian account email the API token belongs to.' })
  email: string;

  @Field({ description: 'Selects the issues to import, e.g. "project in (PLAT, CHK) AND issuetype = Epic".' })
  jql: string;

  @Field(() => Int, { nullable: true, description: 'Minutes between scheduled incremental runs (5-1440); null: only on demand.' })
  syncEveryMinutes: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last successful run finished.' })
  lastSyncedAt: Date | null;

  @Field({ description: 'Whether an API token is stored (false for a connection fed only by CSV imports).' })
  hasApiToken: boolean;

  @Field(() => JiraFieldOverridesModel, { description: 'Field ids that replace the discovered Target start, Target end and Team fields.' })
  fieldOverrides: JiraFieldOverridesModel;
}
