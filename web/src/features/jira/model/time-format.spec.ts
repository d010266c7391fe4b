import { formatDuration, formatRelativeTime, formatSchedule, runDuration } from './time-format';

const NOW = Date.parse('2027-03-10T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const MIN = 60_000;

describe('formatRelativeTime', () => {
  it.each([
    [ago(20_000), 'just now'],
    [new Date(NOW + 5_000).toISOString(), 'just now'],
    [ago(MIN), '1 minute ago'],
    [ago(59 * MIN), '59 minutes ago'],
    [ago(60 * MIN), '1 hour ago'],
    [ago(23 * 60 * MIN), '23 hours ago'],
    [ago(24 * 60 * MIN), 'yesterday'],
    [ago(6 * 24 * 60 * MIN), '6 days ago'],
  ])('%s reads as "%s"', (iso, expected) => {
    expect(formatRelativeTime(iso, NOW)).toBe(expected);
  });

  it('gives the date of anything older than a month', () => {
    expect(formatRelativeTime('2026-12-01T09:30:00Z', NOW)).toMatch(/Dec 1, 2026/);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '< 1 s'],
    [850, '< 1 s'],
    [1_000, '1 s'],
    [12_400, '12 s'],
    [59_600, '1 min'],
    [185_000, '3 min 5 s'],
    [3_600_000, '1 h'],
    [4_000_000, '1 h 6 min'],
  ])('%d ms is "%s"', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('runDuration', () => {
  it('is from start to finish', () => {
    expect(runDuration({ startedAt: '2027-03-10T11:00:00Z', finishedAt: '2027-03-10T11:02:30Z' }, NOW)).toBe(150_000);
  });

  it('runs up to now while the run has not finished', () => {
    expect(runDuration({ startedAt: ago(90_000), finishedAt: null }, NOW)).toBe(90_000);
  });

  it('is unknown before the run starts', () => {
    expect(runDuration({ startedAt: null, finishedAt: null }, NOW)).toBeNull();
  });
});

describe('formatSchedule', () => {
  it.each([
    [null, 'On demand'],
    [5, 'Every 5 min'],
    [30, 'Every 30 min'],
    [45, 'Every 45 min'],
    [60, 'Every hour'],
    [90, 'Every 90 min'],
    [240, 'Every 4 h'],
    [1440, 'Every day'],
  ])('%s minutes reads "%s"', (minutes, expected) => {
    expect(formatSchedule(minutes)).toBe(expected);
  });
});
