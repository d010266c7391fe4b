import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { TracingSettings } from '../config/tracing-settings';

export interface Tracing {
  /** Sends the spans still buffered and stops; main.ts calls it when the server stops. */
  shutdown(): Promise<void>;
}

/** The instrumentations: each patches its module when it is first required, so this runs before they load. */
function instrumentations() {
  return [
    new HttpInstrumentation(),
    // Express names the HTTP span by its route (POST /graphql); its middleware (helmet, body parser…) is left out.
    new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
    // parse, validate and execute per operation; no span per resolver (a roadmap resolves tens of thousands of fields).
    new GraphQLInstrumentation({ ignoreResolveSpans: true, allowValues: false }),
    // Statements with their text, never their parameter values; none outside a request or other traced work (the
    // queue's polling would otherwise start a trace every few seconds).
    new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
  ];
}

/**
 * Traces HTTP requests, GraphQL operations and Postgres statements, exported in batches as OTLP/HTTP
 * JSON. Sampling and export headers follow the standard variables (OTEL_TRACES_SAMPLER,
 * OTEL_EXPORTER_OTLP_HEADERS…), read by the SDK itself.
 */
export function startTracing(settings: TracingSettings): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: settings.tracesUrl }))],
  });
  provider.register();
  registerInstrumentations({ tracerProvider: provider, instrumentations: instrumentations() });
  return { shutdown: () => provider.shutdown() };
}
