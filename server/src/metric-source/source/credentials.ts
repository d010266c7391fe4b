import { DomainError } from '../../common/domain-error';
import { SecretBox, SecretUnreadableError } from '../../common/secret-box';
import { MetricSourceEntity } from './metric-source.entity';

/** The write-only inputs of a source, as the API names them. */
export const CREDENTIAL_FIELDS = ['apiKey', 'appKey', 'username', 'password'] as const;
export type CredentialField = (typeof CREDENTIAL_FIELDS)[number];

/** A source's credentials in the clear: only in memory, only while calling it. */
export type Credentials = Partial<Record<CredentialField, string>>;

/** The given credentials over the stored ones: an omitted field keeps its value, an empty one clears it. */
export function mergeCredentials(stored: Credentials, given: Partial<Record<CredentialField, string | null | undefined>>): Credentials {
  const merged: Credentials = { ...stored };
  for (const field of CREDENTIAL_FIELDS) {
    const value = given[field];
    if (value === undefined) continue;
    if (value === null || value === '') delete merged[field];
    else merged[field] = value;
  }
  return merged;
}

export function sealCredentials(
  box: SecretBox,
  sourceId: string,
  credentials: Credentials,
): Pick<MetricSourceEntity, 'credentialsEncrypted' | 'credentialFields'> {
  const fields = CREDENTIAL_FIELDS.filter((field) => credentials[field]);
  return {
    credentialsEncrypted: fields.length ? box.encrypt(JSON.stringify(credentials), sourceId) : null,
    credentialFields: fields,
  };
}

/** The stored credentials; BAD_USER_INPUT at `field` when the current key cannot open them. */
export function openCredentials(box: SecretBox, source: MetricSourceEntity, field = 'input.apiKey'): Credentials {
  if (!source.credentialsEncrypted) return {};
  try {
    return JSON.parse(box.decrypt(source.credentialsEncrypted, source.id)) as Credentials;
  } catch (error) {
    if (!(error instanceof SecretUnreadableError)) throw error;
    throw DomainError.badInput(
      field,
      'the stored credentials cannot be decrypted with the current THROUGHLINE_SECRET_KEY: give them again',
    );
  }
}
