import { tracingSettingsFromEnv } from '../config/tracing-settings';
import type { Tracing } from './start-tracing';

/**
 * Imported first by main.ts, before anything that loads http, express, graphql or pg: the
 * instrumentations patch those modules as they are required. With tracing off (no
 * OTEL_EXPORTER_OTLP_ENDPOINT) nothing of OpenTelemetry is loaded at all.
 */
function register(): Tracing | null {
  let settings;
  try {
    settings = tracingSettingsFromEnv(process.env);
  } catch {
    // loadConfig reads the same variables in main() and stops start-up with the message.
    return null;
  }
  if (!settings) return null;
  const { startTracing } = require('./start-tracing') as typeof import('./start-tracing');
  return startTracing(settings);
}

export const tracing = register();
