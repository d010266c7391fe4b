// A real OpenID provider (the `oidc-provider` package) on loopback, for the single sign-on tests.
// ESM only, so it runs in its own Node process: `node oidc-provider.mjs`, configured by environment
// (FAKE_OIDC_CLIENT_ID, FAKE_OIDC_CLIENT_SECRET, FAKE_OIDC_REDIRECT_URI); it prints its issuer URL
// as one JSON line once it listens.
//
// There is no login page: the test "types" who signs in by POSTing {"sub", "claims"} to the
// interaction URL the provider redirected to, and that person consents to what was asked.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { FAKE_OIDC_CLIENT_ID: clientId, FAKE_OIDC_CLIENT_SECRET: clientSecret, FAKE_OIDC_REDIRECT_URI: redirectUri } = process.env;
const accounts = new Map();
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text);
}

let provider;

async function finishInteraction(req, res) {
  const { sub, claims } = await readJson(req);
  accounts.set(sub, claims);
  const details = await provider.interactionDetails(req, res);
  const grant = new provider.Grant({ accountId: sub, clientId: details.params.client_id });
  grant.addOIDCScope(details.params.scope);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId: sub }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url.startsWith('/interaction/')) {
    finishInteraction(req, res).catch((error) => {
      res.statusCode = 400;
      res.end(String(error));
    });
    return;
  }
  provider.callback()(req, res);
});

server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['fake-oidc-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'throughline_role'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) }),
  });
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});
