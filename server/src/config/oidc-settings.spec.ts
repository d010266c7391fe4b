import { Role } from '@throughline/shared';
import { loadConfig } from './config';

const OIDC = {
  OIDC_ISSUER_URL: 'https://login.example.com/realms/acme/',
  OIDC_CLIENT_ID: 'throughline',
  OIDC_CLIENT_SECRET: 's3cret',
  THROUGHLINE_PUBLIC_URL: 'https://roadmap.example.com',
  OIDC_ALLOWED_EMAIL_DOMAINS: 'Example.com, @corp.example',
};

describe('single sign-on settings', () => {
  it('are off without an issuer', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('read the issuer, the client, the redirect URL, the domains and the defaults', () => {
    expect(loadConfig(OIDC).oidc).toEqual({
      issuerUrl: 'https://login.example.com/realms/acme',
      clientId: 'throughline',
      clientSecret: 's3cret',
      redirectUrl: 'https://roadmap.example.com/auth/oidc/callback',
      allowedEmailDomains: ['example.com', 'corp.example'],
      defaultRole: Role.VIEWER,
      roleClaim: null,
      displayName: 'SSO',
    });
  });

  it('take a default role, a role claim, a label and any domain', () => {
    const sut = loadConfig({
      ...OIDC,
      OIDC_ALLOWED_EMAIL_DOMAINS: '*',
      OIDC_DEFAULT_ROLE: 'EDITOR',
      OIDC_ROLE_CLAIM: 'throughline_role',
      OIDC_DISPLAY_NAME: 'Okta',
    }).oidc;
    expect(sut).toMatchObject({ allowedEmailDomains: '*', defaultRole: Role.EDITOR, roleClaim: 'throughline_role', displayName: 'Okta' });
  });

  it('allow plain http only on loopback', () => {
    expect(
      loadConfig({ ...OIDC, OIDC_ISSUER_URL: 'http://127.0.0.1:9000', THROUGHLINE_PUBLIC_URL: 'http://localhost:3000' }).oidc,
    ).toMatchObject({ issuerUrl: 'http://127.0.0.1:9000', redirectUrl: 'http://localhost:3000/auth/oidc/callback' });
  });

  it.each([
    ['OIDC_ISSUER_URL', 'http://login.example.com'],
    ['OIDC_ISSUER_URL', 'login.example.com'],
    ['OIDC_CLIENT_ID', ''],
    ['OIDC_CLIENT_SECRET', ' '],
    ['THROUGHLINE_PUBLIC_URL', ''],
    ['THROUGHLINE_PUBLIC_URL', 'https://roadmap.example.com/app'],
    ['OIDC_ALLOWED_EMAIL_DOMAINS', ''],
    ['OIDC_ALLOWED_EMAIL_DOMAINS', 'example.com, not a domain'],
    ['OIDC_DEFAULT_ROLE', 'OWNER'],
    ['OIDC_ROLE_CLAIM', 'role claim'],
  ])('refuse %s=%j, naming the variable', (name, value) => {
    expect(() => loadConfig({ ...OIDC, [name]: value })).toThrow(name);
  });

  it('refuse settings of single sign-on without an issuer', () => {
    expect(() => loadConfig({ OIDC_CLIENT_ID: 'throughline' })).toThrow('OIDC_CLIENT_ID is set but OIDC_ISSUER_URL is not');
  });
});
