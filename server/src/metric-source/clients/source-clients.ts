import { Inject, Injectable } from '@nestjs/common';
import { NetworkGuard } from '../../common/network-guard';
import { SecretBox } from '../../common/secret-box';
import { openCredentials } from '../source/credentials';
import { MetricSourceEntity } from '../source/metric-source.entity';
import { clientFor, SourceSettings } from './client-for';
import { SourceClient } from './source-client';
import { DEFAULT_SOURCE_HTTP, SourceHttpOptions } from './source-http';

/** Clients for sources, calling out through the network guard (every connection checked). */
@Injectable()
export class SourceClients {
  private readonly options: SourceHttpOptions;

  constructor(
    @Inject(NetworkGuard) readonly guard: NetworkGuard,
    @Inject(SecretBox) private readonly box: SecretBox,
  ) {
    this.options = { ...DEFAULT_SOURCE_HTTP, fetch: guard.fetch };
  }

  forSettings(settings: SourceSettings): SourceClient {
    return clientFor(settings, this.options);
  }

  /** The client of a stored source, its credentials opened for the call. */
  forSource(source: MetricSourceEntity, credentialsField?: string): SourceClient {
    return this.forSettings({ ...source, credentials: openCredentials(this.box, source, credentialsField) });
  }
}
