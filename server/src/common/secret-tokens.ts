import { createHash, randomBytes } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 32 bytes need at most 43 base-62 digits (62^43 > 2^256). */
const DIGITS_FOR_32_BYTES = 43;

/**
 * 32 random bytes as 43 base-62 characters: letters and digits only, so a double click selects the
 * whole secret and no URL or header needs it escaped.
 */
export function randomSecret(): string {
  let value = BigInt(`0x${randomBytes(32).toString('hex')}`);
  let text = '';
  for (let i = 0; i < DIGITS_FOR_32_BYTES; i++) {
    text = BASE62[Number(value % 62n)] + text;
    value /= 62n;
  }
  return text;
}

/** The pattern of what randomSecret returns, to refuse anything else before touching the database. */
export const RANDOM_SECRET_PATTERN = `[0-9A-Za-z]{${DIGITS_FOR_32_BYTES}}`;

/**
 * What is stored instead of a secret: its SHA-256, hex. The secret is 256 random bits, so a plain
 * fast hash is safe here (no salt or slow hash needed, unlike a password) and allows an indexed lookup.
 */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
