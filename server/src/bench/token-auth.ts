import { INestApplication } from '@nestjs/common';
import { Role } from '@throughline/shared';
import { performance } from 'node:perf_hooks';
import { ApiTokenService } from '../api-token/api-token.service';
import { SYSTEM_ACTOR } from '../auth/caller';
import { UserService } from '../user/user.service';
import { percentile } from './timing';

export interface TokenAuth {
  /** The Bearer token every benchmark request carries. */
  token: string;
  /** Milliseconds of each authentication the app made so far. */
  samples: number[];
}

/**
 * A VIEWER token of a service account for the benchmark's requests, and a stopwatch around the
 * step that authenticates them: every call the auth guard makes to the token service during the
 * run is timed, so the figure is the real per-request cost (lookup, role, lastUsedAt).
 */
export async function benchmarkToken(app: INestApplication): Promise<TokenAuth> {
  const account = await app.get(UserService).create({ email: 'benchmark@throughline.invalid', name: 'Benchmark', role: Role.VIEWER });
  const tokens = app.get(ApiTokenService);
  const owner = { kind: 'USER' as const, role: Role.VIEWER, userId: account.id, name: account.name };
  const { token } = await tokens.create(owner, { name: 'benchmark', role: Role.VIEWER }, SYSTEM_ACTOR);
  const samples: number[] = [];
  const authenticate = tokens.authenticate.bind(tokens);
  tokens.authenticate = async (raw) => {
    const started = performance.now();
    try {
      return await authenticate(raw);
    } finally {
      samples.push(performance.now() - started);
    }
  };
  return { token, samples };
}

/** The median authentication, in ms; null when no request was authenticated by token (no guard). */
export function authOverheadMs(samples: number[]): number | null {
  if (!samples.length) return null;
  return (
    Math.round(
      percentile(
        [...samples].sort((a, b) => a - b),
        50,
      ) * 1000,
    ) / 1000
  );
}
