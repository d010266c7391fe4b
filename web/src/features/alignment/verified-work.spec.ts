import type { Verdict } from '../../components/outcome/verdict';
import { verifiedWork, verifiedWorkSentence } from './verified-work';

describe('verified work per goal', () => {
  const verdicts = new Map<string, Verdict[]>([
    ['a', ['IMPROVED']],
    ['b', ['IMPROVED', 'NO_CLEAR_EFFECT']],
    ['c', ['IMPROVED', 'WORSENED']],
    ['d', ['VERIFYING']],
    ['e', ['NO_CLEAR_EFFECT']],
  ]);

  it('counts each done initiative once: improved when some metric improved and none worsened', () => {
    const initiatives = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, status: 'DONE' }));
    expect(verifiedWork([...initiatives, { id: 'g', status: 'IN_PROGRESS' }], verdicts)).toEqual({
      done: 6,
      improved: 2,
      worsened: 1,
      verifying: 1,
    });
  });

  it('says it in one line, and nothing when no work is done', () => {
    expect(verifiedWorkSentence({ done: 3, improved: 2, worsened: 0, verifying: 0 })).toBe('2 of 3 done initiatives verified improved');
    expect(verifiedWorkSentence({ done: 1, improved: 0, worsened: 1, verifying: 0 })).toBe(
      '0 of 1 done initiative verified improved · 1 worsened',
    );
    expect(verifiedWorkSentence({ done: 0, improved: 0, worsened: 0, verifying: 0 })).toBeNull();
  });
});
