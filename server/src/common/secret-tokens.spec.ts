import { RANDOM_SECRET_PATTERN, randomSecret, sha256Hex } from './secret-tokens';

describe('randomSecret', () => {
  it('is 43 base-62 characters, different every time', () => {
    const sut = Array.from({ length: 200 }, randomSecret);
    for (const secret of sut) expect(secret).toMatch(new RegExp(`^${RANDOM_SECRET_PATTERN}$`));
    expect(new Set(sut).size).toBe(sut.length);
  });

  it('uses the whole alphabet, leading digits included', () => {
    const seen = new Set(Array.from({ length: 200 }, randomSecret).join(''));
    expect(seen.size).toBe(62);
  });
});

describe('sha256Hex', () => {
  it('is the SHA-256 of the text in hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
