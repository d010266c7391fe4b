import { RANDOM_SECRET_PATTERN, randomSecret, sha256Hex } from '../common/secret-tokens';
import { TOKEN_PREFIX_LENGTH } from './api-token.entity';

// "tl_" lets secret scanners (and people) recognise a Throughline token in a log or a repository.
const SCHEME = 'tl_';
const TOKEN = new RegExp(`^${SCHEME}${RANDOM_SECRET_PATTERN}$`);

export interface NewTokenSecret {
  /** Shown once, to the one who created it. */
  token: string;
  prefix: string;
  tokenHash: string;
}

export function newTokenSecret(): NewTokenSecret {
  const token = SCHEME + randomSecret();
  return { token, prefix: token.slice(0, TOKEN_PREFIX_LENGTH), tokenHash: sha256Hex(token) };
}

/** Whether `raw` has the shape of a token: anything else is refused without a query. */
export function looksLikeApiToken(raw: string): boolean {
  return TOKEN.test(raw);
}
