import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SecretBox, SecretUnreadableError } from './secret-box';

describe('SecretBox', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'secret-box-')), 'data');
  });
  afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  it('makes a key file readable by its owner only on first use, and reads it back in another process', () => {
    const sealed = new SecretBox(dataDir, undefined).encrypt('token-123', 'connection-1');

    expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(sealed).not.toContain('token-123');
    expect(new SecretBox(dataDir, undefined).decrypt(sealed, 'connection-1')).toBe('token-123');
  });

  it('refuses a secret moved to another record, altered, or read with another key', () => {
    const sut = new SecretBox(dataDir, undefined);
    const sealed = sut.encrypt('token-123', 'connection-1');
    const [format, iv, tag, body] = sealed.split(':');
    const altered = [format, iv, tag, Buffer.from('x' + Buffer.from(body, 'base64').toString('latin1'), 'latin1').toString('base64')].join(
      ':',
    );

    expect(() => sut.decrypt(sealed, 'connection-2')).toThrow(SecretUnreadableError);
    expect(() => sut.decrypt(altered, 'connection-1')).toThrow(SecretUnreadableError);
    expect(() => new SecretBox(dataDir, Buffer.alloc(32, 7).toString('base64')).decrypt(sealed, 'connection-1')).toThrow(
      SecretUnreadableError,
    );
  });

  it('uses THROUGHLINE_SECRET_KEY when set (base64 or hex), without touching the data dir', () => {
    const hex = 'ab'.repeat(32);
    const sealed = new SecretBox(dataDir, hex).encrypt('token-123', 'c');

    expect(new SecretBox(dataDir, Buffer.from(hex, 'hex').toString('base64')).decrypt(sealed, 'c')).toBe('token-123');
    expect(() => readFileSync(join(dataDir, 'secret.key'))).toThrow();
    expect(() => new SecretBox(dataDir, 'too-short').encrypt('x', 'c')).toThrow(/32 random bytes/);
  });
});
