import { sortedPairs } from './window-queries';

describe('sortedPairs', () => {
  it('orders pairs by their first number, then their second, keeping each pair whole', () => {
    expect(sortedPairs([3, 1, 0, 9, 3, 0, 10, 2, 0, 4])).toEqual([0, 4, 0, 9, 3, 0, 3, 1, 10, 2]);
  });

  it('takes no pairs and a lone zero pair', () => {
    expect(sortedPairs([])).toEqual([]);
    expect(sortedPairs([0, 0])).toEqual([0, 0]);
  });
});
