import { Role, SsoError } from '@throughline/shared';
import { OidcSettings } from '../config/oidc-settings';
import { identityOf, roleOfClaim } from './oidc-sign-in.service';

const settings: OidcSettings = {
  issuerUrl: 'https://login.example.com',
  clientId: 'throughline',
  clientSecret: 'secret',
  redirectUrl: 'https://roadmap.example.com/auth/oidc/callback',
  allowedEmailDomains: ['acme.example'],
  defaultRole: Role.VIEWER,
  roleClaim: null,
  displayName: 'SSO',
};
const claims = { sub: '1', email: 'Priya@ACME.example', email_verified: true, name: ' Priya Raman ' };

describe('roleOfClaim', () => {
  it.each([
    ['editor', Role.EDITOR],
    [' ADMIN ', Role.ADMIN],
    [['VIEWER', 'admin', 'EDITOR'], Role.ADMIN],
    [['staff', 'Editor'], Role.EDITOR],
    ['OWNER', null],
    [42, null],
    [undefined, null],
  ])('reads %j as %s', (value, role) => {
    expect(roleOfClaim(value)).toBe(role);
  });
});

describe('identityOf', () => {
  it('takes the verified email and the name; no role unless a role claim is configured', () => {
    expect(identityOf(claims, settings)).toEqual({ email: 'Priya@ACME.example', name: 'Priya Raman', role: null });
  });

  it('names the account after the email when the provider gives no name', () => {
    expect(identityOf({ ...claims, name: undefined }, settings)).toMatchObject({ name: 'Priya' });
  });

  it.each([
    [{ email_verified: false }, SsoError.UNVERIFIED_EMAIL],
    [{ email_verified: 'true' }, SsoError.UNVERIFIED_EMAIL],
    [{ email: undefined }, SsoError.UNVERIFIED_EMAIL],
    [{ email: 'priya@elsewhere.example' }, SsoError.DOMAIN_NOT_ALLOWED],
    [{ email: 'priya@sub.acme.example' }, SsoError.DOMAIN_NOT_ALLOWED],
  ])('refuses %j', (changed, error) => {
    expect(identityOf({ ...claims, ...changed }, settings)).toBe(error);
  });

  it('lets anyone in with *, and takes the role from the claim, or the default when it names none', () => {
    const open = { ...settings, allowedEmailDomains: '*' as const, roleClaim: 'groups', defaultRole: Role.EDITOR };
    expect(identityOf({ ...claims, email: 'x@any.example', groups: ['ADMIN'] }, open)).toMatchObject({ role: Role.ADMIN });
    expect(identityOf({ ...claims, groups: ['staff'] }, open)).toMatchObject({ role: Role.EDITOR });
  });
});
