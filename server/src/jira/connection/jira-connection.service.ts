import { Inject, Injectable } from '@nestjs/common';
import { DataSource, Not, Repository } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../common/domain-error';
import { JiraFieldIds } from '../client/field-discovery';
import { CreateJiraConnectionInput, JiraFieldOverridesInput, UpdateJiraConnectionInput } from './jira-connection.inputs';
import { JiraConnectionEntity } from './jira-connection.entity';
import { checkSiteSettings, normaliseSiteUrl, SiteSettings } from './jira-site-check';
import { SecretBox, SecretUnreadableError } from '../../common/secret-box';
import { NetworkGuard } from '../../common/network-guard';

// Jira's Start date is found by name and type alone; the Advanced Roadmaps fields and Team can be named.
const FIELD_NAMES: Array<keyof JiraFieldIds & keyof JiraFieldOverridesInput> = ['targetStart', 'targetEnd', 'team'];

function overridesOf(input: JiraFieldOverridesInput | null | undefined): Partial<JiraFieldIds> | null {
  if (!input) return null;
  const entries = FIELD_NAMES.map((name) => [name, input[name]] as const).filter(([, id]) => !!id);
  return entries.length ? (Object.fromEntries(entries) as Partial<JiraFieldIds>) : null;
}

const sameOverrides = (a: Partial<JiraFieldIds> | null, b: Partial<JiraFieldIds> | null) =>
  FIELD_NAMES.every((name) => (a?.[name] ?? null) === (b?.[name] ?? null));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A connection made by a CSV import has no site, email or JQL until someone gives them. */
function assertComplete(settings: SiteSettings): void {
  for (const field of ['baseUrl', 'email', 'jql'] as const) {
    if (!settings[field]) throw DomainError.badInput(`input.${field}`, 'is needed to read from Jira: give it');
  }
}

/** Jira connections: settings checked against Jira before they are saved, the token kept encrypted. */
@Injectable()
export class JiraConnectionService {
  private readonly connections: Repository<JiraConnectionEntity>;

  constructor(
    dataSource: DataSource,
    @Inject(SecretBox) private readonly secrets: SecretBox,
    @Inject(NetworkGuard) private readonly guard: NetworkGuard,
  ) {
    this.connections = dataSource.getRepository(JiraConnectionEntity);
  }

  list(): Promise<JiraConnectionEntity[]> {
    return this.connections.find({ order: { name: 'ASC', createdAt: 'ASC' } });
  }

  async get(id: string, field = 'id'): Promise<JiraConnectionEntity> {
    const connection = await this.connections.findOneBy({ id });
    if (!connection) throw DomainError.notFound('Jira connection', id, field);
    return connection;
  }

  /** For the command line, where a connection is named by its id or its name; null when there is none. */
  findByIdOrName(idOrName: string): Promise<JiraConnectionEntity | null> {
    return UUID.test(idOrName) ? this.connections.findOneBy({ id: idOrName }) : this.connections.findOneBy({ name: idOrName });
  }

  async create(input: CreateJiraConnectionInput): Promise<JiraConnectionEntity> {
    await this.assertNameFree(input.name);
    const settings: SiteSettings = {
      ...input,
      baseUrl: normaliseSiteUrl(input.baseUrl),
      fieldOverrides: overridesOf(input.fieldOverrides),
    };
    await checkSiteSettings(settings, this.guard);
    const id = randomUUID();
    return this.connections.save(
      this.connections.create({
        id,
        name: input.name,
        baseUrl: settings.baseUrl,
        email: input.email,
        apiTokenEncrypted: this.secrets.encrypt(input.apiToken, id),
        jql: input.jql,
        syncEveryMinutes: input.syncEveryMinutes ?? null,
        fieldOverrides: settings.fieldOverrides,
      }),
    );
  }

  async update(input: UpdateJiraConnectionInput): Promise<JiraConnectionEntity> {
    const current = await this.get(input.id, 'input.id');
    if (input.name && input.name !== current.name) await this.assertNameFree(input.name, current.id);
    const settings: SiteSettings = {
      baseUrl: input.baseUrl ? normaliseSiteUrl(input.baseUrl) : current.baseUrl,
      email: input.email ?? current.email,
      apiToken: input.apiToken ?? '',
      jql: input.jql ?? current.jql,
      fieldOverrides: input.fieldOverrides === undefined ? current.fieldOverrides : overridesOf(input.fieldOverrides),
    };
    const scopeChanged = settings.baseUrl !== current.baseUrl || settings.jql !== current.jql;
    const needsCheck =
      scopeChanged ||
      settings.email !== current.email ||
      !!input.apiToken ||
      !sameOverrides(settings.fieldOverrides, current.fieldOverrides);
    if (needsCheck) {
      assertComplete(settings);
      await checkSiteSettings({ ...settings, apiToken: input.apiToken ?? this.storedToken(current) }, this.guard);
    }
    await this.connections.update(current.id, {
      name: input.name ?? current.name,
      baseUrl: settings.baseUrl,
      email: settings.email,
      jql: settings.jql,
      fieldOverrides: settings.fieldOverrides,
      syncEveryMinutes: input.syncEveryMinutes === undefined ? current.syncEveryMinutes : input.syncEveryMinutes,
      ...(input.apiToken ? { apiTokenEncrypted: this.secrets.encrypt(input.apiToken, current.id) } : {}),
      // A new site or JQL selects other issues: the next run reads them all.
      ...(scopeChanged ? { lastCursor: null } : {}),
    });
    return this.get(current.id);
  }

  /** Imported initiatives stay; what the connection knew about Jira goes with it. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await this.connections.delete({ id });
    if (!affected) throw DomainError.notFound('Jira connection', id, 'id');
    return true;
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    if (await this.connections.existsBy({ name, ...(exceptId ? { id: Not(exceptId) } : {}) })) {
      throw DomainError.badInput('input.name', `a Jira connection named "${name}" already exists`);
    }
  }

  private storedToken(connection: JiraConnectionEntity): string {
    if (!connection.apiTokenEncrypted) throw DomainError.badInput('input.apiToken', 'this connection has no API token yet: give one');
    try {
      return this.secrets.decrypt(connection.apiTokenEncrypted, connection.id);
    } catch (error) {
      if (!(error instanceof SecretUnreadableError)) throw error;
      throw DomainError.badInput(
        'input.apiToken',
        'the stored API token cannot be decrypted with the current THROUGHLINE_SECRET_KEY: give it again',
      );
    }
  }
}
