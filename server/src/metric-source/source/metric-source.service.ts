import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, Not, Repository } from 'typeorm';
import { AuditLog } from '../../audit/audit-log';
import { Actor } from '../../auth/caller';
import { DomainError } from '../../common/domain-error';
import { SecretBox } from '../../common/secret-box';
import { SourceClients } from '../clients/source-clients';
import { SourceError, SourceFault } from '../clients/source-error';
import { MetricSourceKind } from '../metric-source.enums';
import { Credentials, mergeCredentials, openCredentials, sealCredentials } from './credentials';
import { CreateMetricSourceInput, UpdateMetricSourceInput } from './metric-source.inputs';
import { MetricSourceEntity } from './metric-source.entity';

/** What the trail records of a source: which credentials are set, never their values. */
const AUDITED_FIELDS = ['name', 'kind', 'baseUrl', 'accountId', 'authFields'] as const;
const audited = (source: MetricSourceEntity) => ({ ...source, authFields: source.credentialFields });

/** The input a source's refusal names, on save. */
const FIELD_OF_FAULT: Record<SourceFault, string> = {
  baseUrl: 'input.baseUrl',
  apiKey: 'input.apiKey',
  appKey: 'input.appKey',
  password: 'input.password',
  accountId: 'input.accountId',
  query: 'input.baseUrl',
  rateLimit: 'input.baseUrl',
  unavailable: 'input.baseUrl',
};

/** "https://host/prefix" without a trailing slash, query or fragment; BAD_USER_INPUT otherwise. */
export function normaliseBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw DomainError.badInput('input.baseUrl', `"${text}" is not a web address: give one like https://prometheus.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw DomainError.badInput('input.baseUrl', 'must be an http or https address');
  if (url.username || url.password) throw DomainError.badInput('input.baseUrl', 'must not hold credentials: give them in their own fields');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The credentials and account each kind needs, named by input. */
function assertComplete(kind: MetricSourceKind, accountId: string | null, credentials: Credentials): void {
  const need = (field: string, why: string) => DomainError.badInput(`input.${field}`, why);
  if (kind === MetricSourceKind.DATADOG) {
    if (!credentials.apiKey) throw need('apiKey', 'Datadog needs an API key');
    if (!credentials.appKey) throw need('appKey', 'Datadog needs an application key');
  }
  if (kind === MetricSourceKind.NEW_RELIC) {
    if (!credentials.apiKey) throw need('apiKey', 'New Relic needs a user key (NRAK-…)');
    if (!accountId || !/^\d+$/.test(accountId)) throw need('accountId', 'New Relic needs the account id, a number');
  }
  if (kind === MetricSourceKind.PROMETHEUS) {
    if (!!credentials.username !== !!credentials.password) {
      throw need(credentials.username ? 'password' : 'username', 'basic auth needs both a user name and a password');
    }
    if (credentials.username && credentials.apiKey) throw need('apiKey', 'give either a bearer token or basic auth, not both');
  }
}

/** Metric sources: checked against the source before they are saved, their credentials sealed. */
@Injectable()
export class MetricSourceService {
  private readonly sources: Repository<MetricSourceEntity>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SecretBox) private readonly box: SecretBox,
    private readonly clients: SourceClients,
  ) {
    this.sources = dataSource.getRepository(MetricSourceEntity);
  }

  list(): Promise<MetricSourceEntity[]> {
    return this.sources.find({ order: { name: 'ASC', createdAt: 'ASC' } });
  }

  async get(id: string, field = 'id'): Promise<MetricSourceEntity> {
    const source = await this.sources.findOneBy({ id });
    if (!source) throw DomainError.notFound('Metric source', id, field);
    return source;
  }

  async create(input: CreateMetricSourceInput, actor: Actor): Promise<MetricSourceEntity> {
    await this.assertNameFree(input.name);
    const baseUrl = normaliseBaseUrl(input.baseUrl);
    const accountId = input.accountId ?? null;
    const credentials = mergeCredentials({}, input);
    await this.check(input.kind, baseUrl, accountId, credentials);
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(MetricSourceEntity, {
          id,
          name: input.name,
          kind: input.kind,
          baseUrl,
          accountId,
          ...sealCredentials(this.box, id, credentials),
        }),
      );
      await AuditLog.recordRow(manager, actor, 'MetricSource', AUDITED_FIELDS, null, audited(saved));
      return saved;
    });
  }

  async update(input: UpdateMetricSourceInput, actor: Actor): Promise<MetricSourceEntity> {
    const current = await this.get(input.id, 'input.id');
    if (input.name === null) throw DomainError.badInput('input.name', 'cannot be cleared');
    if (input.baseUrl === null) throw DomainError.badInput('input.baseUrl', 'cannot be cleared');
    if (input.name && input.name !== current.name) await this.assertNameFree(input.name, current.id);
    const baseUrl = input.baseUrl ? normaliseBaseUrl(input.baseUrl) : current.baseUrl;
    const accountId = input.accountId === undefined ? current.accountId : input.accountId;
    const credentialsChanged = (['apiKey', 'appKey', 'username', 'password'] as const).some((field) => input[field] !== undefined);
    const credentials = credentialsChanged ? mergeCredentials(openCredentials(this.box, current), input) : null;
    if (baseUrl !== current.baseUrl || accountId !== current.accountId || credentials) {
      await this.check(current.kind, baseUrl, accountId, credentials ?? openCredentials(this.box, current));
    }
    return this.dataSource.transaction(async (manager) => {
      const changes = {
        name: input.name ?? current.name,
        baseUrl,
        accountId,
        ...(credentials ? sealCredentials(this.box, current.id, credentials) : {}),
      };
      await manager.update(MetricSourceEntity, current.id, changes);
      const updated = await manager.findOneByOrFail(MetricSourceEntity, { id: current.id });
      await AuditLog.recordRow(manager, actor, 'MetricSource', AUDITED_FIELDS, audited(current), audited(updated));
      return updated;
    });
  }

  /** Its bindings go with it (and their runs); the measurements they pulled stay. */
  async delete(id: string, actor: Actor): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const source = await manager.findOneBy(MetricSourceEntity, { id });
      if (!source) throw DomainError.notFound('Metric source', id, 'id');
      await manager.delete(MetricSourceEntity, { id });
      await AuditLog.recordRow(manager, actor, 'MetricSource', AUDITED_FIELDS, audited(source), null);
      return true;
    });
  }

  /** The guard on the address, then one call to the source with these settings; BAD_USER_INPUT naming the input at fault. */
  private async check(kind: MetricSourceKind, baseUrl: string, accountId: string | null, credentials: Credentials): Promise<void> {
    assertComplete(kind, accountId, credentials);
    await this.clients.guard.assertAllowed(baseUrl, 'input.baseUrl');
    try {
      await this.clients.forSettings({ kind, baseUrl, accountId, credentials }).check();
    } catch (error) {
      if (error instanceof SourceError) throw DomainError.badInput(FIELD_OF_FAULT[error.fault], error.message);
      throw error;
    }
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    if (await this.sources.existsBy({ name, ...(exceptId ? { id: Not(exceptId) } : {}) })) {
      throw DomainError.badInput('input.name', `a metric source named "${name}" already exists`);
    }
  }
}
