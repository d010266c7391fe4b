import { LIMITS } from '@throughline/shared';

const MAX_KEY = LIMITS.teamKey.max;

/** A valid team key (^[A-Z0-9]{2,10}$) made from any text: a Jira project key, a team name. */
export function teamKeyFrom(text: string): string {
  const letters = text
    .normalize('NFKD')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  if (!letters) return 'TEAM';
  return letters.padEnd(LIMITS.teamKey.min, '0').slice(0, MAX_KEY);
}

/** The candidates for a new team's key, tried in order until one is free: PLATFORM, PLATFORM2, … */
export function* keyCandidates(base: string): Generator<string> {
  yield base;
  for (let n = 2; n < 1000; n++) yield base.slice(0, MAX_KEY - String(n).length) + n;
}
