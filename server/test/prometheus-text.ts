import { execFileSync, spawnSync } from 'node:child_process';

/** One sample of the Prometheus text format: `name{label="value",…} 1.5`. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
const COMMENT = /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+$/;

/**
 * Where promtool is installed (.ci/run installs it), checks the text as Prometheus itself would:
 * any parse error or any naming problem of ours fails (prom-client's own process metrics have
 * names promtool frowns at: nodejs_active_handles_total is a gauge).
 */
function promtoolCheck(text: string): void {
  if (!promtoolInstalled()) return;
  const checked = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
  if (checked.status === 0) return;
  const problems = `${checked.stdout}${checked.stderr}`.split('\n').filter((line) => line.trim() && !/^(nodejs|process)_\w+ /.test(line));
  if (problems.length) throw new Error(`promtool check metrics:\n${problems.join('\n')}`);
}

/** Reads the text format strictly: a line that is no sample, HELP or TYPE fails the test. */
export function parsePrometheusText(text: string): Sample[] {
  promtoolCheck(text);
  return text
    .split('\n')
    .filter((line) => line !== '' && !COMMENT.test(line))
    .map((line) => {
      const match = SAMPLE.exec(line);
      if (!match) throw new Error(`not a Prometheus sample: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(LABEL)].map(([, name, value]) => [name, value]));
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

function promtoolInstalled(): boolean {
  try {
    execFileSync('promtool', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
