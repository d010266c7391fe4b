import { addDays, todayIso } from '@throughline/shared';
import { computeOutcomeVerdict } from '../src/outcome/verdict/compute-outcome-verdict';
import { DEMO_OUTCOME_METRICS, DEMO_OUTCOME_WORK, dailyValues } from '../src/seed/demo-outcomes';

// The demo's outcome stories must show their verdict whatever day the seed runs: the weekday the
// series starts on, and so the fit, moves with the date. Checked on a spread of days (no database).
const SEED_DAYS = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i * 31, 12)));

describe('demo outcome stories', () => {
  it.each(SEED_DAYS.map((now) => [now.toISOString().slice(0, 10), now]))('show their verdicts when seeded on %s', (_label, now) => {
    const today = todayIso(now);
    for (const work of DEMO_OUTCOME_WORK) {
      const index = DEMO_OUTCOME_METRICS.findIndex((metric) => metric.name === work.metric);
      const metric = DEMO_OUTCOME_METRICS[index];
      const result = computeOutcomeVerdict({
        metric,
        measurements: dailyValues(metric.shape, now, 9_001 + index),
        workStart: addDays(today, work.start),
        workEnd: addDays(today, work.end),
        today,
      });
      expect({ work: work.title, verdict: result.verdict }).toEqual({ work: work.title, verdict: work.shows });
    }
  });

  it('tells every verdict a finished initiative can have', () => {
    expect(new Set(DEMO_OUTCOME_WORK.map((work) => work.shows))).toEqual(
      new Set(['IMPROVED', 'NO_CLEAR_EFFECT', 'WORSENED', 'VERIFYING', 'NOT_ENOUGH_DATA']),
    );
  });
});
