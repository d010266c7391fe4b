import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS } from '@throughline/shared';
import { OptionalText, RequiredId, RequiredText } from '../../common/input-decorators';
import { MetricSourceKind } from '../metric-source.enums';
import { ACCOUNT_ID_MAX, BASE_URL_MAX } from './metric-source.entity';

const SECRET_MAX = 2000;

@InputType({ description: 'A new metric source; the address and the credentials are checked against the source before it is saved.' })
export class CreateMetricSourceInput {
  @Field({ description: 'Display name, unique.' })
  @RequiredText('name', LIMITS.name)
  name: string;

  @Field(() => MetricSourceKind, { description: 'Which monitoring system it is; fixed once saved.' })
  kind: MetricSourceKind;

  @Field({
    description:
      'Prometheus: its URL ("http://prometheus:9090", with any path prefix); Datadog: the site\'s API address ("https://api.datadoghq.com", "https://api.datadoghq.eu", …); New Relic: "https://api.newrelic.com" or "https://api.eu.newrelic.com".',
  })
  @RequiredText('baseUrl', BASE_URL_MAX)
  baseUrl: string;

  @Field(() => String, { nullable: true, description: 'New Relic: the account id the NRQL runs in.' })
  @OptionalText('accountId', ACCOUNT_ID_MAX)
  accountId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Datadog API key / New Relic user key / Prometheus bearer token; write-only, stored encrypted.',
  })
  @OptionalText('apiKey', SECRET_MAX)
  apiKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Datadog application key; write-only, stored encrypted.' })
  @OptionalText('appKey', SECRET_MAX)
  appKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Prometheus basic auth user name; write-only.' })
  @OptionalText('username', SECRET_MAX)
  username?: string | null;

  @Field(() => String, { nullable: true, description: 'Prometheus basic auth password; write-only, stored encrypted.' })
  @OptionalText('password', SECRET_MAX)
  password?: string | null;
}

@InputType({
  description:
    'Changes to a metric source: an omitted field stays as it is, a null or empty credential is removed. A changed address or credential is checked against the source.',
})
export class UpdateMetricSourceInput {
  @Field(() => ID, { description: 'The source to change.' })
  @RequiredId('id')
  id: string;

  @Field(() => String, { nullable: true, description: 'Display name, unique; cannot be cleared.' })
  @OptionalText('name', LIMITS.name)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "The source's address (see CreateMetricSourceInput.baseUrl); cannot be cleared." })
  @OptionalText('baseUrl', BASE_URL_MAX)
  baseUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'New Relic: the account id.' })
  @OptionalText('accountId', ACCOUNT_ID_MAX)
  accountId?: string | null;

  @Field(() => String, { nullable: true, description: 'A new API key / user key / bearer token; write-only.' })
  @OptionalText('apiKey', SECRET_MAX)
  apiKey?: string | null;

  @Field(() => String, { nullable: true, description: 'A new Datadog application key; write-only.' })
  @OptionalText('appKey', SECRET_MAX)
  appKey?: string | null;

  @Field(() => String, { nullable: true, description: 'A new Prometheus basic auth user name; write-only.' })
  @OptionalText('username', SECRET_MAX)
  username?: string | null;

  @Field(() => String, { nullable: true, description: 'A new Prometheus basic auth password; write-only.' })
  @OptionalText('password', SECRET_MAX)
  password?: string | null;
}
