import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MetricSourceKind } from '../metric-source.enums';
import { CredentialField } from './credentials';
import { MetricSourceEntity } from './metric-source.entity';

@ObjectType('MetricSource', { description: 'A monitoring system the server reads metrics from; its credentials are write-only.' })
export class MetricSourceModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Display name, unique.' })
  name: string;

  @Field(() => MetricSourceKind, { description: 'PROMETHEUS, DATADOG or NEW_RELIC.' })
  kind: MetricSourceKind;

  @Field({ description: "Prometheus: its URL; Datadog: the site's API address; New Relic: the US or EU NerdGraph address." })
  baseUrl: string;

  @Field(() => String, { nullable: true, description: 'New Relic account id; null for the others.' })
  accountId: string | null;

  @Field(() => [String], { description: 'Which credentials are set (apiKey, appKey, username, password), never their values.' })
  credentialsGiven: CredentialField[];
}

/** The entity without its credentials, in the shape of the API. */
export function toSourceModel(source: MetricSourceEntity): MetricSourceModel {
  return {
    id: source.id,
    name: source.name,
    kind: source.kind,
    baseUrl: source.baseUrl,
    accountId: source.accountId,
    credentialsGiven: [...source.credentialFields],
  };
}
