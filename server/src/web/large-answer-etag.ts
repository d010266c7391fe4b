import { createHash } from 'node:crypto';

/** Answers above this size carry no ETag. */
export const ETAG_MAX_BYTES = 256 * 1024;

/**
 * Express's ETag function (`app.set('etag', …)`), the same weak tag as its default, but none for
 * answers over ETAG_MAX_BYTES: Express hashes every answer it sends, a SHA-1 over each 5 MB roadmap,
 * while only a conditional GET can use the tag, and the API's large answers are GraphQL POSTs.
 */
export function largeAnswerETag(body: Buffer | string, encoding?: BufferEncoding): string | undefined {
  const bytes = typeof body === 'string' ? Buffer.byteLength(body, encoding) : body.length;
  if (bytes > ETAG_MAX_BYTES) return undefined;
  if (bytes === 0) return 'W/"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk"';
  const hash = createHash('sha1').update(body).digest('base64').substring(0, 27);
  return `W/"${bytes.toString(16)}-${hash}"`;
}
