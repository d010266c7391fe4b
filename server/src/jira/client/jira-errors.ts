export type JiraErrorKind = 'UNAUTHORIZED' | 'FORBIDDEN' | 'SITE_NOT_FOUND' | 'INVALID_JQL' | 'RATE_LIMITED' | 'HTTP' | 'NETWORK';

/** A failed call to Jira; `message` is meant for the user and never contains the API token. */
export class JiraError extends Error {
  constructor(
    readonly kind: JiraErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'JiraError';
  }
}
