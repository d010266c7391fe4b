import { laneAbove } from './use-current-lane';

const lane = (key: string, top: number) => ({
  kind: 'lane' as const,
  key: `lane:${key}`,
  laneKey: key,
  title: key,
  count: 2,
  collapsed: false,
  top,
  height: 36,
});
const bars = (key: string, top: number) => ({ kind: 'bars' as const, key, laneKey: 'x', bars: [], top, height: 34 });
const rows = [lane('a', 0), bars('a0', 36), bars('a1', 70), lane('b', 104), bars('b0', 140)];

describe('the lane kept in sight', () => {
  it('is the lane of the top row once its heading has scrolled away', () => {
    expect(laneAbove(rows, 2)?.laneKey).toBe('a');
    expect(laneAbove(rows, 4)?.laneKey).toBe('b');
  });

  it('is none while a heading is itself the top row', () => {
    expect(laneAbove(rows, 0)).toBeNull();
    expect(laneAbove(rows, 3)).toBeNull();
  });
});
