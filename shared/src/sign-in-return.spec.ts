import { safeNext, SsoError, ssoErrorMessage, SSO_ERROR_MESSAGES } from './sign-in-return';

describe('safeNext', () => {
  it.each(['/risks?status=OPEN', '/', '/initiatives/abc#risks'])('keeps the path %s of this app', (next) => {
    expect(safeNext(next)).toBe(next);
  });

  it.each([null, undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'risks', '/a\nb', `/${'x'.repeat(2000)}`])(
    'goes to the roadmap instead of %j',
    (next) => {
      expect(safeNext(next)).toBe('/');
    },
  );
});

describe('ssoErrorMessage', () => {
  it('says what went wrong, generically for an unknown code, nothing without one', () => {
    expect(ssoErrorMessage(SsoError.DEACTIVATED)).toBe(SSO_ERROR_MESSAGES[SsoError.DEACTIVATED]);
    expect(ssoErrorMessage('<script>')).toBe(SSO_ERROR_MESSAGES[SsoError.FAILED]);
    expect(ssoErrorMessage(null)).toBeNull();
  });
});
