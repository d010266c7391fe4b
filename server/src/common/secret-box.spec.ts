import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { secretBoxFor, SecretUnreadableError } from './secret-box';

describe('SecretBox', () => {
  let dataDir: string;
  const fromDataDir = () => secretBoxFor({ dataDir, secretKey: undefined });

  beforeEach(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'secret-box-')), 'data');
  });
  afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  it('makes a key file readable by its owner only when built, and reads it back in another process', () => {
    const sut = fromDataDir();

    expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
    const sealed = sut.encrypt('token-123', 'connection-1');
    expect(sealed).not.toContain('token-123');
    expect(fromDataDir().decrypt(sealed, 'connection-1')).toBe('token-123');
  });

  it('refuses a secret moved to another record, altered, or read with another key', () => {
    const sut = fromDataDir();
    const sealed = sut.encrypt('token-123', 'connection-1');
    const [format, iv, tag, body] = sealed.split(':');
    const altered = [format, iv, tag, Buffer.from('x' + Buffer.from(body, 'base64').toString('latin1'), 'latin1').toString('base64')].join(
      ':',
    );
    const otherKey = secretBoxFor({ dataDir, secretKey: Buffer.alloc(32, 7).toString('base64') });

    expect(() => sut.decrypt(sealed, 'connection-2')).toThrow(SecretUnreadableError);
    expect(() => sut.decrypt(altered, 'connection-1')).toThrow(SecretUnreadableError);
    expect(() => otherKey.decrypt(sealed, 'connection-1')).toThrow(SecretUnreadableError);
  });

  it('uses THROUGHLINE_SECRET_KEY when set (base64 or hex), without touching the data dir', () => {
    const hex = 'ab'.repeat(32);
    const sealed = secretBoxFor({ dataDir, secretKey: hex }).encrypt('token-123', 'c');

    expect(secretBoxFor({ dataDir, secretKey: Buffer.from(hex, 'hex').toString('base64') }).decrypt(sealed, 'c')).toBe('token-123');
    expect(() => readFileSync(join(dataDir, 'secret.key'))).toThrow();
    expect(() => secretBoxFor({ dataDir, secretKey: 'too-short' })).toThrow(/THROUGHLINE_SECRET_KEY must be 32 random bytes/);
  });

  it('refuses a damaged key file or an unwritable data dir at once, naming THROUGHLINE_SECRET_KEY', () => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'secret.key'), 'not a key\n');
    expect(() => fromDataDir()).toThrow(/secret\.key must be 32 random bytes.*THROUGHLINE_SECRET_KEY/);

    // A data dir below a plain file cannot be made, whoever runs the test.
    const file = join(dataDir, 'plain-file');
    writeFileSync(file, '');
    expect(() => secretBoxFor({ dataDir: join(file, 'data'), secretKey: undefined })).toThrow(
      /Cannot create or read the secret key.*THROUGHLINE_SECRET_KEY/,
    );
  });
});
