import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

// Runner-neutral: the API tests (Jest) and the end-to-end tests (Playwright) both start it.

export const CLIENT_ID = 'throughline-test';
export const CLIENT_SECRET = 'test-client-secret';

export interface FakeOidcProvider {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * Starts the OpenID provider of oidc-provider.mjs (ESM only, hence a child process) with one
 * client, CLIENT_ID, that sends people back to `<publicUrl>/auth/oidc/callback`.
 */
export async function startFakeOidcProvider(publicUrl: string): Promise<FakeOidcProvider> {
  const child = spawn(process.execPath, [resolve(__dirname, 'oidc-provider.mjs')], {
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
  return {
    issuer,
    async stop() {
      if (child.exitCode !== null) return;
      const exit = once(child, 'exit');
      child.kill();
      await exit;
    },
  };
}
