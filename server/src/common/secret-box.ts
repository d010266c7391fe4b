import { Global, Module } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, CONFIG, parseSecretKey } from '../config/config';
import { createSecretFileOnce } from './secret-file';

const KEY_FILE = 'secret.key';
const FORMAT = 'v1';
const HOW_TO = '32 random bytes, base64 or hex (e.g. `openssl rand -base64 32`)';

/** Thrown when a stored secret cannot be read back: the key changed, or the text was altered. */
export class SecretUnreadableError extends Error {}

/** The key in the data dir, created once with mode 0600. */
function keyFromDataDir(dataDir: string): Buffer {
  const path = join(dataDir, KEY_FILE);
  let text: string;
  try {
    mkdirSync(dataDir, { recursive: true });
    createSecretFileOnce(path, randomBytes(32).toString('base64') + '\n');
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot create or read the secret key ${path} (${(error as Error).message}): set THROUGHLINE_SECRET_KEY instead`, {
      cause: error,
    });
  }
  const key = parseSecretKey(text);
  if (!key) throw new Error(`The secret key ${path} must be ${HOW_TO}: fix it, or set THROUGHLINE_SECRET_KEY instead`);
  return key;
}

/**
 * AES-256-GCM for secrets at rest (Jira API tokens). Each secret is bound to the record it
 * belongs to (`context`), so it cannot be moved to another.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {}

  encrypt(plainText: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return [FORMAT, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  decrypt(sealed: string, context: string): string {
    const [format, iv, tag, body] = sealed.split(':');
    if (format !== FORMAT || !iv || !tag || body === undefined) throw new SecretUnreadableError('unknown secret format');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretUnreadableError('the secret does not open with the current key');
    }
  }
}

/**
 * The box with THROUGHLINE_SECRET_KEY, else with `<dataDir>/secret.key` (made on first start, so
 * that `npm start` needs no configuration). Built at start-up: a bad or unwritable key stops it.
 */
export function secretBoxFor(config: Pick<AppConfig, 'secretKey' | 'dataDir'>): SecretBox {
  if (config.secretKey === undefined) return new SecretBox(keyFromDataDir(config.dataDir));
  const key = parseSecretKey(config.secretKey);
  if (!key) throw new Error(`THROUGHLINE_SECRET_KEY must be ${HOW_TO}`);
  return new SecretBox(key);
}

/** One SecretBox for the whole app, built once at start-up (a bad key stops it there). */
@Global()
@Module({
  providers: [{ provide: SecretBox, inject: [CONFIG], useFactory: secretBoxFor }],
  exports: [SecretBox],
})
export class SecretBoxModule {}
