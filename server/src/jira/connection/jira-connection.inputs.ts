import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@throughline/shared';
import { Type } from 'class-transformer';
import { IsEmail, IsOptional, ValidateNested } from 'class-validator';
import { ChangesOf, IntInRange, OptionalText, RequiredId, RequiredText } from '../../common/input-decorators';
import { JQL_MAX_LENGTH, SYNC_EVERY_MINUTES } from './jira-connection.entity';

const URL_MAX = 2048;
const EMAIL_MAX = 320;
const TOKEN_MAX = 2000;
const FIELD_ID_MAX = 100;

const Email = () => applyDecorators(RequiredText('email', EMAIL_MAX), IsEmail({}, { message: 'email must be an email address' }));

/** Null clears the schedule; in an update, omitted keeps it. */
const SyncEvery = () => applyDecorators(IsOptional(), IntInRange('syncEveryMinutes', SYNC_EVERY_MINUTES.min, SYNC_EVERY_MINUTES.max));

@InputType({ description: 'Jira field ids to use instead of the discovered ones; null or omitted means discovered.' })
export class JiraFieldOverridesInput {
  @Field(() => String, { nullable: true, description: 'Field id for "Target start", e.g. "customfield_10022".' })
  @OptionalText('targetStart', FIELD_ID_MAX)
  targetStart?: string | null;

  @Field(() => String, { nullable: true, description: 'Field id for "Target end".' })
  @OptionalText('targetEnd', FIELD_ID_MAX)
  targetEnd?: string | null;

  @Field(() => String, { nullable: true, description: 'Field id for the Atlassian "Team" field.' })
  @OptionalText('team', FIELD_ID_MAX)
  team?: string | null;
}

const Overrides = () =>
  applyDecorators(
    IsOptional(),
    ValidateNested(),
    Type(() => JiraFieldOverridesInput),
  );

@InputType({ description: 'A new Jira connection; the site, the credentials and the JQL are checked against Jira before it is saved.' })
export class CreateJiraConnectionInput {
  @Field({ description: 'Display name, unique; cannot be cleared.' })
  @RequiredText('name', LIMITS.name)
  name: string;

  @Field({
    description: 'The Jira Cloud site, e.g. "https://acme.atlassian.net"; cannot be cleared. Changing it makes the next run a full one.',
  })
  @RequiredText('baseUrl', URL_MAX)
  baseUrl: string;

  @Field({ description: 'The Atlassian account email the API token belongs to; cannot be cleared.' })
  @Email()
  email: string;

  @Field({ description: 'An Atlassian API token of that account; stored encrypted, never returned; cannot be cleared.' })
  @RequiredText('apiToken', TOKEN_MAX)
  apiToken: string;

  @Field({
    description:
      'Selects the issues to import, e.g. "project in (PLAT, CHK) AND issuetype = Epic"; cannot be cleared. Changing it makes the next run a full one.',
  })
  @RequiredText('jql', JQL_MAX_LENGTH)
  jql: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes between scheduled incremental runs (5-1440); null, or omitted on a new connection: only on demand.',
  })
  @SyncEvery()
  syncEveryMinutes?: number | null;

  @Field(() => JiraFieldOverridesInput, {
    nullable: true,
    description: 'Field ids to use instead of the discovered ones, replacing any earlier ones; null: none.',
  })
  @Overrides()
  fieldOverrides?: JiraFieldOverridesInput | null;
}

@InputType({
  description:
    'Changes to a Jira connection: an omitted field stays as it is. A changed site, email, token or JQL is checked against Jira.',
})
export class UpdateJiraConnectionInput extends ChangesOf(CreateJiraConnectionInput) {
  @Field(() => ID, { description: 'The connection to change.' })
  @RequiredId('id')
  id: string;
}
