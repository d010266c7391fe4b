import { sha256Hex } from '../common/secret-tokens';
import { looksLikeApiToken, newTokenSecret } from './api-token-secret';

describe('newTokenSecret', () => {
  it('is tl_ and 43 letters or digits, with its prefix and SHA-256', () => {
    const sut = newTokenSecret();
    expect(sut.token).toMatch(/^tl_[0-9A-Za-z]{43}$/);
    expect(sut.token.startsWith(sut.prefix)).toBe(true);
    expect(sut.prefix).toHaveLength(10);
    expect(sut.tokenHash).toBe(sha256Hex(sut.token));
  });
});

describe('looksLikeApiToken', () => {
  it('takes a token and refuses anything else', () => {
    expect(looksLikeApiToken(newTokenSecret().token)).toBe(true);
    for (const raw of ['', 'tl_', `tl_${'a'.repeat(42)}`, `tl_${'a'.repeat(44)}`, `xx_${'a'.repeat(43)}`, `tl_${'a'.repeat(42)}-`])
      expect(looksLikeApiToken(raw)).toBe(false);
  });
});
