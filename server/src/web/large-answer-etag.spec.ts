import { ETAG_MAX_BYTES, largeAnswerETag } from './large-answer-etag';

describe('largeAnswerETag', () => {
  it("tags an answer as Express's default does (its tags for these bodies)", () => {
    expect(largeAnswerETag(Buffer.from(''))).toBe('W/"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk"');
    expect(largeAnswerETag(Buffer.from('hello'))).toBe('W/"5-qvTGHdzF6KLavt4PO0gs2a6pQ00"');
    expect(largeAnswerETag('héllo wörld', 'utf8')).toBe('W/"d-JOn1wHhH/4oqn6d0VmVXkvW8f58"');
  });

  it('tags none over the limit, and one at it', () => {
    expect(largeAnswerETag(Buffer.alloc(ETAG_MAX_BYTES + 1, 'x'))).toBeUndefined();
    expect(largeAnswerETag(Buffer.alloc(ETAG_MAX_BYTES, 'x'))).toMatch(/^W\/"40000-[A-Za-z0-9+/]{27}"$/);
  });
});
