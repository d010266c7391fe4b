import { FakeOidcProvider, startFakeOidcProvider } from './start-fake-oidc-provider';

export { CLIENT_ID, CLIENT_SECRET } from './start-fake-oidc-provider';

/**
 * The fake OpenID provider of a test file: started before its tests, stopped after them. Its issuer
 * is put into each of `envs` (OIDC_ISSUER_URL) before any app started after this hook reads it.
 */
export function useFakeOidcProvider(publicUrl: string, ...envs: Array<Record<string, string>>): void {
  let provider: FakeOidcProvider | undefined;
  beforeAll(async () => {
    provider = await startFakeOidcProvider(publicUrl);
    for (const env of envs) Object.assign(env, { OIDC_ISSUER_URL: provider.issuer });
  });
  afterAll(() => provider?.stop());
}
