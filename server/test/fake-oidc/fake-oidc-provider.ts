import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const CLIENT_ID = 'throughline-test';
export const CLIENT_SECRET = 'test-client-secret';

/**
 * Starts the OpenID provider of oidc-provider.mjs (ESM only, hence a child process) before the
 * file's tests and stops it after them. Its issuer is put into `env` (OIDC_ISSUER_URL) before any
 * app started after this hook reads it; the client it knows sends people back to `publicUrl`.
 */
export function useFakeOidcProvider(publicUrl: string, ...envs: Array<Record<string, string>>): void {
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    child = spawn(process.execPath, [resolve(__dirname, 'oidc-provider.mjs')], {
      env: {
        ...process.env,
        FAKE_OIDC_CLIENT_ID: CLIENT_ID,
        FAKE_OIDC_CLIENT_SECRET: CLIENT_SECRET,
        FAKE_OIDC_REDIRECT_URI: new URL('/auth/oidc/callback', publicUrl).href,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = once(child, 'exit').then(([code]) => {
      throw new Error(`the fake OpenID provider exited (${code}) before it listened`);
    });
    const [line] = (await Promise.race([once(createInterface({ input: child.stdout! }), 'line'), exited])) as string[];
    const { issuer } = JSON.parse(line) as { issuer: string };
    for (const env of envs) Object.assign(env, { OIDC_ISSUER_URL: issuer });
  });
  afterAll(async () => {
    if (!child || child.exitCode !== null) return;
    const exit = once(child, 'exit');
    child.kill();
    await exit;
  });
}
