/** The input a source's refusal is about, as a user would fix it. */
export type SourceFault = 'baseUrl' | 'apiKey' | 'appKey' | 'password' | 'accountId' | 'query' | 'rateLimit' | 'unavailable';

/** A failed call to a metric source; `message` is meant for the user and never holds a credential. */
export class SourceError extends Error {
  constructor(
    readonly fault: SourceFault,
    message: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
