/**
 * OpenTelemetry traces, read from the standard OTEL_* variables; null (off) while neither
 * OTEL_EXPORTER_OTLP_ENDPOINT nor OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set. This file imports
 * nothing: tracing/register-tracing.ts reads it before any instrumented module is loaded.
 */
export interface TracingSettings {
  /** Where spans are POSTed as OTLP/HTTP JSON: the traces endpoint, or the base endpoint + /v1/traces. */
  tracesUrl: string;
  /** The service.name resource attribute (OTEL_SERVICE_NAME). */
  serviceName: string;
}

function httpUrl(name: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an http(s) URL such as http://otel-collector:4318, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must be an http(s) URL (OTLP over HTTP), got "${raw}"`);
  }
  return url;
}

export function tracingSettingsFromEnv(env: NodeJS.ProcessEnv): TracingSettings | null {
  const tracesEndpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (env.OTEL_SDK_DISABLED === 'true' || (!tracesEndpoint && !endpoint)) return null;
  const tracesUrl = tracesEndpoint
    ? httpUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', tracesEndpoint).toString()
    : // As the OTLP exporters do: the signal's path appended to the base endpoint.
      httpUrl('OTEL_EXPORTER_OTLP_ENDPOINT', endpoint!).toString().replace(/\/?$/, '/v1/traces');
  return { tracesUrl, serviceName: env.OTEL_SERVICE_NAME?.trim() || 'throughline' };
}
