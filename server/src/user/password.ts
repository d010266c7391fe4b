import { Algorithm, hash, verify } from '@node-rs/argon2';
import { LIMITS } from '@throughline/shared';
import { DomainError } from '../common/domain-error';

// OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): about 20 ms a hash.
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** BAD_USER_INPUT naming `field` unless the password is 12..256 characters. */
export function assertPasswordLength(password: string, field: string): void {
  const { min, max } = LIMITS.password;
  if (password.length < min || password.length > max)
    throw DomainError.badInput(field, `a password must be ${min} to ${max} characters long`);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Whether `password` matches `passwordHash`; a malformed hash matches nothing. */
export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification, for a sign-in whose email matches no account: an unknown
 * email then takes as long to refuse as a wrong password.
 */
export async function spendVerificationTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('not the password of anyone');
  await passwordMatches(await dummyHash, password);
}
