import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request } from 'express';
import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { requestIdOf } from '../common/request-id';
import { AppConfig } from '../config/config';

/**
 * Whatever may carry a secret, wherever a log call puts it: request headers, response cookies,
 * and the usual names of passwords, tokens and keys one or two levels down a logged object.
 */
const SECRET_NAMES = ['authorization', 'cookie', 'password', 'token', 'apiToken', 'secret', 'secretKey', 'apiKey', 'privateKey'];
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  ...SECRET_NAMES.flatMap((name) => [name, `*.${name}`, `*.*.${name}`]),
];

/** Health probes come every few seconds from the orchestrator: not worth a line each. */
const QUIET_PATHS = /^\/health(\/|$)/;

function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0];
}

function levelOf(res: ServerResponse, error?: Error): 'error' | 'warn' | 'info' {
  if (error || res.statusCode >= 500) return 'error';
  return res.statusCode >= 400 ? 'warn' : 'info';
}

/** pino-pretty's lines when it is installed (a dev dependency) and nobody runs in production or tests. */
function prettyTransport(config: AppConfig): Options['transport'] {
  if (config.nodeEnv === 'production' || config.nodeEnv === 'test' || config.logLevel === 'silent') return undefined;
  let target: string;
  try {
    target = require.resolve('pino-pretty');
  } catch {
    return undefined;
  }
  return { target, options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true } };
}

/**
 * One JSON line per log call (readable lines in development), each line of a request with its
 * request id: the very id of X-Request-Id and of errors' extensions.requestId (request-id.ts).
 * Requests are logged by their path alone (a query string may hold a sign-in code), without
 * headers or bodies. Lines go to standard output, or to `destination` (the tests' sink).
 */
export function logOptions(config: AppConfig, destination?: DestinationStream): Params {
  const pinoHttp: Options<IncomingMessage, ServerResponse> = {
    level: config.logLevel,
    transport: destination ? undefined : prettyTransport(config),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    genReqId: (req) => requestIdOf(req as Request),
    // Lines logged during a request carry `requestId` only, not the whole request again.
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    serializers: {
      // No id: the line has it as requestId.
      req: (req: { method: string; url?: string; remoteAddress?: string }) => ({
        method: req.method,
        path: pathOf(req.url),
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req) => QUIET_PATHS.test(pathOf(req.url)) },
    customLogLevel: (_req, res, error) => levelOf(res, error),
    customSuccessMessage: (req, res) => `${req.method} ${pathOf((req as Request).originalUrl ?? req.url)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf((req as Request).originalUrl ?? req.url)} ${res.statusCode}`,
  };
  return { pinoHttp: destination ? [pinoHttp, destination] : pinoHttp };
}
