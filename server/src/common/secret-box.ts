import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_FILE = 'secret.key';
const FORMAT = 'v1';

/** Thrown when a stored secret cannot be read back: the key changed, or the text was altered. */
export class SecretUnreadableError extends Error {}

function parseKey(text: string, source: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new Error(`${source} must be 32 random bytes, base64 or hex (e.g. \`openssl rand -base64 32\`)`);
  }
  return key;
}

/** The key in the data dir, created once with mode 0600; two processes starting together agree on one. */
function keyFromDataDir(dataDir: string): Buffer {
  const path = join(dataDir, KEY_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(path, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new Error(`Cannot create the secret key ${path} (${(error as Error).message}): set THROUGHLINE_SECRET_KEY instead`, {
        cause: error,
      });
    }
  }
  return parseKey(readFileSync(path, 'utf8'), path);
}

/**
 * AES-256-GCM for the Jira API tokens at rest. The key comes from THROUGHLINE_SECRET_KEY, else
 * from `<dataDir>/secret.key`, made on first use so that `npm start` needs no configuration.
 * Each secret is bound to the record it belongs to (`context`), so it cannot be moved to another.
 */
export class SecretBox {
  private key: Buffer | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly envKey: string | undefined = process.env.THROUGHLINE_SECRET_KEY,
  ) {}

  encrypt(plainText: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.getKey(), iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return [FORMAT, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  decrypt(sealed: string, context: string): string {
    const [format, iv, tag, body] = sealed.split(':');
    if (format !== FORMAT || !iv || !tag || body === undefined) throw new SecretUnreadableError('unknown secret format');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.getKey(), Buffer.from(iv, 'base64'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretUnreadableError('the secret does not open with the current key');
    }
  }

  private getKey(): Buffer {
    this.key ??= this.envKey ? parseKey(this.envKey, 'THROUGHLINE_SECRET_KEY') : keyFromDataDir(this.dataDir);
    return this.key;
  }
}
