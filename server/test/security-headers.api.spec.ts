import { useTestApp } from './test-app';

/** The policy's directives by name. */
function directives(policy: string | null): Map<string, string[]> {
  const entries = (policy ?? '').split(';').map((part) => part.trim().split(/\s+/));
  return new Map(entries.map(([name, ...sources]) => [name, sources]));
}

describe('security headers', () => {
  const sut = useTestApp();

  const answers = {
    'the web app at /': () => fetch(`${sut.baseUrl}/`, { headers: { accept: 'text/html' } }),
    'a GraphQL answer': () =>
      fetch(`${sut.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
    'a REST error': () => fetch(`${sut.baseUrl}/api/nothing-here`),
  };

  it.each(Object.entries(answers))('are on %s', async (_name, request) => {
    const { headers } = await request();
    const csp = directives(headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('x-powered-by')).toBeNull();
  });

  it('serves no GraphQL landing page or sandbox', async () => {
    const response = await fetch(`${sut.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/graphiql|apollo.*sandbox|embeddable-explorer/i);
  });
});
