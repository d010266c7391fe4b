// A real OpenID provider (the `oidc-provider` package) on loopback, for the single sign-on tests.
// ESM only, so it runs in its own Node process: `node oidc-provider.mjs`, configured by environment
// (FAKE_OIDC_CLIENT_ID, FAKE_OIDC_CLIENT_SECRET, FAKE_OIDC_REDIRECT_URI); it prints its issuer URL
// as one JSON line once it listens.
//
// Who signs in: an API test POSTs {"sub", "claims"} as JSON to the interaction URL the provider
// redirected to; a browser gets a form there (email and name, verified). That person consents to
// what was asked.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import { URLSearchParams } from 'node:url';
import Provider from 'oidc-provider';

const { FAKE_OIDC_CLIENT_ID: clientId, FAKE_OIDC_CLIENT_SECRET: clientSecret, FAKE_OIDC_REDIRECT_URI: redirectUri } = process.env;
const accounts = new Map();
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** Who signs in: a test's JSON, or the login form's fields. */
async function readPerson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  if (req.headers['content-type']?.startsWith('application/json')) return JSON.parse(text);
  const form = new URLSearchParams(text);
  const email = form.get('email');
  return { sub: email, claims: { email, email_verified: true, name: form.get('name') } };
}

const LOGIN_FORM = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title><link rel="icon" href="data:,"></head>
<body><main><h1>Test identity provider</h1><form method="post">
<label>Email <input name="email" type="email" required></label>
<label>Name <input name="name" required></label>
<button type="submit">Continue</button></form></main></body></html>`;

let provider;

async function finishInteraction(req, res) {
  const { sub, claims } = await readPerson(req);
  accounts.set(sub, claims);
  const details = await provider.interactionDetails(req, res);
  const grant = new provider.Grant({ accountId: sub, clientId: details.params.client_id });
  grant.addOIDCScope(details.params.scope);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId: sub }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url.startsWith('/interaction/')) {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(LOGIN_FORM);
    return;
  }
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
