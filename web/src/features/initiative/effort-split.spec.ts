import { allocationsInput, engineerWeeks, percentOf, shareOf, splitProblem, splitRows } from './effort-split';

const teams = [
  { id: 'plat', name: 'Platform' },
  { id: 'chk', name: 'Checkout' },
];
const row = (teamId: string, teamName: string, percent: string) => ({ teamId, teamName, percent });

describe('the effort split', () => {
  it('shows a share as a percentage, to hundredths', () => {
    expect(percentOf(0.25)).toBe('25');
    expect(percentOf(1 / 3)).toBe('33.33');
    expect(percentOf(1)).toBe('100');
  });

  it('reads a percentage back as a share, and no number as NaN', () => {
    expect(shareOf('25')).toBe(0.25);
    expect(shareOf('12.5')).toBe(0.125);
    expect(shareOf('')).toBeNaN();
    expect(shareOf('abc')).toBeNaN();
  });

  it('lists every team, 0% where it has no allocation', () => {
    expect(splitRows(teams, [{ share: 1, team: { id: 'plat' } }])).toEqual([row('plat', 'Platform', '100'), row('chk', 'Checkout', '0')]);
  });

  it('sends the percentages as shares', () => {
    expect(allocationsInput([row('plat', 'Platform', '70'), row('chk', 'Checkout', '30')])).toEqual([
      { teamId: 'plat', share: 0.7 },
      { teamId: 'chk', share: 0.3 },
    ]);
  });

  it('accepts a split totalling 100, also with decimals', () => {
    expect(splitProblem([row('plat', 'Platform', '70'), row('chk', 'Checkout', '30')])).toBeUndefined();
    expect(splitProblem([row('a', 'A', '33.3'), row('b', 'B', '33.3'), row('c', 'C', '33.4')])).toBeUndefined();
  });

  it('refuses a split not totalling 100, naming the total', () => {
    expect(splitProblem([row('plat', 'Platform', '70'), row('chk', 'Checkout', '20')])).toBe('The percentages must total 100, not 90.');
    expect(splitProblem([row('a', 'A', '33.33'), row('b', 'B', '33.33'), row('c', 'C', '33.33')])).toMatch(/not 99.99/);
  });

  it('refuses a percentage that is empty, negative or over 100, naming the team', () => {
    expect(splitProblem([row('plat', 'Platform', ''), row('chk', 'Checkout', '100')])).toBe('Platform: give a percentage from 0 to 100.');
    expect(splitProblem([row('plat', 'Platform', '-10'), row('chk', 'Checkout', '110')])).toMatch(/^Platform/);
    expect(splitProblem([row('plat', 'Platform', '0'), row('chk', 'Checkout', '120')])).toMatch(/^Checkout/);
  });

  it('gives the engineer-weeks of a percentage when there is an effort', () => {
    expect(engineerWeeks(12, '25')).toBe(3);
    expect(engineerWeeks(10, '33.33')).toBe(3.3);
    expect(engineerWeeks(null, '25')).toBeNull();
    expect(engineerWeeks(12, '')).toBeNull();
  });
});
