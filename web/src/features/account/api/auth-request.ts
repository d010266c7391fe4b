/** A refusal of one of the /auth endpoints, as their REST error shape says it. */
export class AuthRequestError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    /** Seconds to wait before trying again (429 RATE_LIMITED's Retry-After). */
    readonly retryAfterSeconds?: number,
    /** The input property at fault, e.g. "password". */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AuthRequestError';
  }
}

interface ErrorAnswer {
  error?: { code?: string; message?: string; field?: string };
}

async function refusal(response: Response): Promise<AuthRequestError> {
  const { error } = ((await response.json().catch(() => ({}))) as ErrorAnswer) ?? {};
  const retryAfter = Number(response.headers.get('Retry-After'));
  const field = error?.field?.replace(/^input\./, '');
  // "password: must be at least 12 characters" is shown at the password field, without its name.
  const message = error?.message ?? `The server answered ${response.status} without saying why.`;
  const placed = field && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  return new AuthRequestError(placed, error?.code, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined, field);
}

/**
 * Sends a JSON body to an /auth endpoint with the session cookie. `X-Requested-With` is what a
 * cross-site form cannot send: the server's CSRF check for REST calls that change something.
 */
export async function authRequest(path: string, body?: object): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new AuthRequestError('The server could not be reached. Check your connection and try again.');
  }
  if (!response.ok) throw await refusal(response);
  return response;
}
