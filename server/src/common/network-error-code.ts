/** The low-level code behind a failed fetch (undici wraps it in `cause`, sometimes twice). */
export function networkErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const { code, name } = current as { code?: unknown; name?: unknown };
    if (typeof code === 'string') return code;
    if (name === 'TimeoutError' || name === 'AbortError') return 'TIMEOUT';
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
