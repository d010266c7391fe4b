import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { blockedAddressReason } from './address-ranges';
import { guardedLookup, Lookup, NetworkGuard } from './network-guard';

describe('blockedAddressReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456:789a::1', 'private'],
    ['169.254.10.20', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['169.254.169.254', 'cloud metadata'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.255', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    // IPv4 inside IPv6: mapped (both spellings), compatible, NAT64, 6to4
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['0:0:0:0:0:ffff:7f00:0001', 'loopback'],
    ['::ffff:169.254.169.254', 'cloud metadata'],
    ['::ffff:a9fe:a9fe', 'cloud metadata'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:192.168.0.1', 'private'],
    ['::ffff:100.64.0.1', 'carrier-grade NAT'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'cloud metadata'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:c0a8:101::1', 'private'],
  ])('refuses %s as %s', (address, kind) => {
    expect(blockedAddressReason(address)).toContain(kind);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '104.192.141.1',
    '172.32.0.1',
    '100.128.0.1',
    '169.255.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('lets the public address %s through', (address) => {
    expect(blockedAddressReason(address)).toBeNull();
  });

  it('answers null for a name, which the lookup judges', () => {
    expect(blockedAddressReason('acme.atlassian.net')).toBeNull();
  });
});

/** A resolver answering from a table, as DNS would (or a rebinding attacker's DNS). */
function fakeResolver(table: Record<string, string[]>): Lookup {
  return (hostname, _options, callback) => {
    const addresses = table[hostname];
    if (!addresses) return callback(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
    callback(
      null,
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  };
}

function lookupWith(sut: Lookup, hostname: string, all: boolean): Promise<{ error: NodeJS.ErrnoException | null; address: unknown }> {
  return new Promise((resolve) => sut(hostname, { all }, (error, address) => resolve({ error, address })));
}

describe('guardedLookup', () => {
  const sut = guardedLookup(
    fakeResolver({
      'jira.example.com': ['104.192.141.1'],
      'rebound.example.com': ['104.192.141.1', '127.0.0.1'],
      'metadata.example.com': ['169.254.169.254'],
      'mapped.example.com': ['::ffff:10.0.0.5'],
    }),
  );

  it('passes a public address on, in the shape asked for', async () => {
    expect(await lookupWith(sut, 'jira.example.com', false)).toEqual({ error: null, address: '104.192.141.1' });
    expect(await lookupWith(sut, 'jira.example.com', true)).toEqual({ error: null, address: [{ address: '104.192.141.1', family: 4 }] });
  });

  it.each([
    ['rebound.example.com', /resolves to 127\.0\.0\.1\) is a loopback address/],
    ['metadata.example.com', /cloud metadata/],
    ['mapped.example.com', /private/],
    ['localhost', /this machine/],
    ['db.localhost', /this machine/],
    ['metadata.google.internal', /metadata service/],
  ])('refuses %s, naming why', async (hostname, why) => {
    const { error } = await lookupWith(sut, hostname, true);
    expect(error).toMatchObject({ code: 'EBLOCKEDTARGET', message: expect.stringMatching(why) });
    expect(error!.message).toContain('ALLOW_PRIVATE_NETWORK_TARGETS=true');
  });

  it('passes a resolver failure on unchanged', async () => {
    expect((await lookupWith(sut, 'nowhere.example.com', true)).error).toMatchObject({ code: 'ENOTFOUND' });
  });
});

describe('NetworkGuard', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer((_req, res) => res.end('{"reached":true}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  describe('when a URL is saved', () => {
    const sut = new NetworkGuard(false, fakeResolver({ 'jira.example.com': ['104.192.141.1'], 'evil.example.com': ['10.0.0.7'] }));

    it.each([
      'http://127.0.0.1/',
      'http://localhost:8080/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://017700000001/',
      'http://0177.0.0.1/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://169.254.169.254/latest/meta-data',
      'http://[fd00:ec2::254]/',
      'http://metadata.google.internal/',
      'http://0.0.0.0/',
      'https://evil.example.com/',
    ])('refuses %s as BAD_USER_INPUT at the field', async (url) => {
      await expect(sut.assertAllowed(url, 'input.baseUrl')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'input.baseUrl' },
        message: expect.stringMatching(/^input.baseUrl: /),
      });
    });

    it('accepts a public site, and leaves a name that does not resolve to the site check', async () => {
      await expect(sut.assertAllowed('https://jira.example.com', 'input.baseUrl')).resolves.toBeUndefined();
      await expect(sut.assertAllowed('https://nowhere.example.com', 'input.baseUrl')).resolves.toBeUndefined();
    });

    it('accepts anything with ALLOW_PRIVATE_NETWORK_TARGETS=true', async () => {
      await expect(new NetworkGuard(true).assertAllowed('http://127.0.0.1/', 'input.baseUrl')).resolves.toBeUndefined();
    });
  });

  describe('when connecting', () => {
    it.each(['127.0.0.1', 'localhost', '[::ffff:127.0.0.1]'])('refuses a connection to %s before any byte is sent', async (host) => {
      const sut = new NetworkGuard(false);
      const failure = await sut.fetch(`http://${host}:${port}/`).catch((error: Error) => error);
      expect(failure).toBeInstanceOf(Error);
      expect(String((failure as Error & { cause?: Error }).cause?.message)).toMatch(/ALLOW_PRIVATE_NETWORK_TARGETS/);
    });

    it('refuses a public-looking name that now resolves to this machine (DNS rebinding)', async () => {
      const sut = new NetworkGuard(false, fakeResolver({ 'jira.example.com': ['127.0.0.1'] }));
      const failure = await sut.fetch(`http://jira.example.com:${port}/`).catch((error: Error & { cause?: { code?: string } }) => error);
      expect((failure as Error & { cause?: { code?: string } }).cause?.code).toBe('EBLOCKEDTARGET');
    });

    it('connects with ALLOW_PRIVATE_NETWORK_TARGETS=true', async () => {
      const response = await new NetworkGuard(true).fetch(`http://127.0.0.1:${port}/`);
      expect(await response.json()).toEqual({ reached: true });
    });
  });
});
