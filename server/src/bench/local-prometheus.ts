import { ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, Server } from 'node:http';
import { AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** One series to store: a metric name, its labels, and samples. */
export interface KnownSeries {
  name: string;
  labels?: Record<string, string>;
  samples: Array<{ at: Date; value: number }>;
}

export interface PrometheusServerOptions {
  /** When set, the proxy in front of Prometheus answers 401 to requests without `Authorization: Bearer <token>`. */
  bearerToken?: string;
  /**
   * Waits until Prometheus has compacted the backfilled blocks, as a long-running server's would be;
   * at most 10 minutes. promtool already writes blocks of up to BLOCK_HOURS (as compacted ones), so
   * this only waits when there are many more blocks than that gives.
   */
  compacted?: boolean;
  /**
   * Keeps the blocks promtool wrote in CACHE_DIR, under a hash of the series (and promtool's
   * version), and starts from a copy of them when the same series are asked for again.
   */
  cached?: boolean;
}

/**
 * The longest block promtool writes: 31 days, Prometheus's own largest compaction. Its default (two
 * hours) gives a block per day of daily samples, which Prometheus then spends minutes compacting.
 */
const BLOCK_HOURS = 31 * 24;
/** Where `cached` keeps backfilled blocks: a directory per set of series. */
export const CACHE_DIR = join(tmpdir(), 'throughline-prometheus-blocks');

/** Whether this machine has Debian's prometheus package (.ci/run installs it): the tests and bench:outcomes use it. */
export function hasPrometheus(): boolean {
  return ['prometheus', 'promtool'].every((tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0);
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function openMetrics(series: readonly KnownSeries[]): string {
  const lines: string[] = [];
  for (const name of new Set(series.map((s) => s.name))) {
    lines.push(`# TYPE ${name} gauge`);
    for (const one of series.filter((s) => s.name === name)) {
      const labels = Object.entries(one.labels ?? {})
        .map(([key, value]) => `${key}="${value}"`)
        .join(',');
      const sorted = [...one.samples].sort((a, b) => a.at.getTime() - b.at.getTime());
      for (const sample of sorted) lines.push(`${name}${labels ? `{${labels}}` : ''} ${sample.value} ${sample.at.getTime() / 1000}`);
    }
  }
  lines.push('# EOF');
  return lines.join('\n') + '\n';
}

async function createBlocks(text: string, dataDir: string): Promise<void> {
  const input = join(dataDir, '..', 'series.om'); // the parent is this start's own directory
  writeFileSync(input, text);
  try {
    await promisify(execFile)(
      'promtool',
      ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', `--max-block-duration=${BLOCK_HOURS}h`, input, dataDir],
      { maxBuffer: 64 * 1024 * 1024 },
    );
  } finally {
    rmSync(input, { force: true });
  }
}

/** Fills `dataDir` with the series' blocks: written by promtool, or copied from the cache. */
async function backfill(text: string, dataDir: string, cached: boolean): Promise<void> {
  if (!cached) return createBlocks(text, dataDir);
  const promtool = spawnSync('promtool', ['--version'], { encoding: 'utf8' }).stdout ?? '';
  const key = createHash('sha256').update(`${promtool}\n${BLOCK_HOURS}\n${text}`).digest('hex').slice(0, 32);
  const kept = join(CACHE_DIR, key);
  if (!existsSync(kept)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    // The bench's series end today: a day's blocks are of no use a week later.
    for (const old of readdirSync(CACHE_DIR)) {
      const path = join(CACHE_DIR, old);
      if (statSync(path).mtimeMs < Date.now() - 7 * 86_400_000) rmSync(path, { recursive: true, force: true });
    }
    const fresh = mkdtempSync(join(CACHE_DIR, `${key}-`));
    await createBlocks(text, join(fresh, 'data'));
    try {
      renameSync(join(fresh, 'data'), kept); // whole or not at all; another run may have kept the same
    } catch {
      // kept by another run meanwhile
    }
    rmSync(fresh, { recursive: true, force: true });
  }
  // Prometheus writes next to its blocks (and may compact them): it gets a copy.
  cpSync(kept, dataDir, { recursive: true });
}

/**
 * A real Prometheus on a free loopback port, its database filled with known series through
 * `promtool tsdb create-blocks-from openmetrics`, behind a tiny loopback proxy that records the
 * requests (and checks a bearer token when told to). Nothing outlives close().
 */
export class LocalPrometheus {
  /** Every path and query string the proxy passed on. */
  readonly requests: URL[] = [];
  /** The token the proxy asks for; change it to see a source's token go stale. */
  bearerToken: string | undefined;

  private constructor(
    readonly baseUrl: string,
    private readonly dir: string,
    private readonly prometheus: ChildProcess,
    private readonly proxy: Server,
  ) {}

  static async start(series: readonly KnownSeries[], options: PrometheusServerOptions = {}): Promise<LocalPrometheus> {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-prometheus-'));
    await backfill(openMetrics(series), join(dir, 'data'), options.cached ?? false);
    writeFileSync(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 1h\n');
    const port = await freePort();
    const prometheus = spawn(
      'prometheus',
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        '--storage.tsdb.retention.time=100y',
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=error',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let errors = '';
    prometheus.stderr?.on('data', (chunk) => (errors += String(chunk)));
    const proxy = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://proxy');
      if (server.bearerToken && req.headers.authorization !== `Bearer ${server.bearerToken}`) {
        res.writeHead(401, { 'content-type': 'text/plain' }).end('Unauthorized\n');
        return;
      }
      server.requests.push(url);
      const upstream = httpRequest(
        { host: '127.0.0.1', port, path: req.url, method: req.method, headers: { ...req.headers, host: `127.0.0.1:${port}` } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const server = new LocalPrometheus(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, dir, prometheus, proxy);
    server.bearerToken = options.bearerToken;
    await server.waitReady(port, () => errors);
    if (options.compacted) await server.waitCompacted(join(dir, 'data'));
    return server;
  }

  async close(): Promise<void> {
    this.proxy.closeAllConnections();
    await new Promise((resolve) => this.proxy.close(resolve));
    if (this.prometheus.exitCode === null) {
      const exited = new Promise((resolve) => this.prometheus.once('exit', resolve));
      this.prometheus.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async waitCompacted(dataDir: string): Promise<void> {
    const blocks = () => readdirSync(dataDir).filter((name) => /^[0-9A-Z]{26}$/.test(name)).length;
    const deadline = Date.now() + 10 * 60_000;
    // Prometheus compacts a minute after start, then every minute, into blocks of up to 31 days.
    while (blocks() > 40 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2000));
  }

  private async waitReady(port: number, errors: () => string): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.prometheus.exitCode !== null) throw new Error(`prometheus exited with ${this.prometheus.exitCode}: ${errors()}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/-/ready`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await this.close();
    throw new Error(`prometheus did not become ready within 60 s: ${errors()}`);
  }
}
