/**
 * Just enough of a browser for a sign-in that goes through an identity provider: a cookie jar per
 * origin, redirects followed one at a time (so that a test can stop and tamper with one), and one
 * origin that stands for another (the app's public URL for the port it really listens on).
 */
export class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  constructor(private readonly aliases: Record<string, string> = {}) {}

  private real(url: string): URL {
    const parsed = new URL(url);
    const alias = this.aliases[parsed.origin];
    return alias ? new URL(parsed.pathname + parsed.search, alias) : parsed;
  }

  /** The value of the cookie `name` this browser holds for `url`'s origin. */
  cookie(url: string, name: string): string | undefined {
    return this.jar.get(this.real(url).origin)?.get(name);
  }

  private keep(origin: string, response: Response): void {
    const cookies = this.jar.get(origin) ?? new Map<string, string>();
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1).trim()];
      const expires = attributes.find((a) => /^\s*expires=/i.test(a));
      const gone = value === '' || (expires && new Date(expires.split('=')[1]).getTime() < Date.now());
      if (gone) cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(origin, cookies);
  }

  /** One request, no redirect followed; the answer's cookies kept. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const target = this.real(url);
    const headers = new Headers(init.headers);
    const cookies = [...(this.jar.get(target.origin) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`);
    if (cookies.length) headers.set('cookie', cookies.join('; '));
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    this.keep(target.origin, response);
    return response;
  }

  /** Where a redirect answer sends the browser, as an absolute URL (relative to `from`). */
  static location(response: Response, from: string): string {
    const location = response.headers.get('location');
    if (!location || response.status < 300 || response.status > 399) throw new Error(`not a redirect: ${response.status}`);
    return new URL(location, from).href;
  }
}
