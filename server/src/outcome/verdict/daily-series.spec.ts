import { indexRange, isoDateOfDay, measurementCount, toDailySeries } from './daily-series';

describe('daily series', () => {
  it('names every day as Date does, across leap years and centuries', () => {
    const wrong: number[] = [];
    for (let day = -25_000; day < 60_000; day += 1) {
      if (isoDateOfDay(day) !== new Date(day * 86_400_000).toISOString().slice(0, 10)) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });

  it('averages each UTC day, drops values that are not numbers, and counts measurements per window', () => {
    const sut = toDailySeries([
      { at: new Date('2027-03-02T23:59:59Z'), value: 4 },
      { at: new Date('2027-03-01T10:00:00Z'), value: 1 },
      { at: new Date('2027-03-02T00:00:00Z'), value: 2 },
      { at: new Date('2027-03-03T00:00:00Z'), value: Number.NaN },
    ]);
    expect(Array.from(sut.values)).toEqual([1, 3]);
    expect(Array.from(sut.counts)).toEqual([1, 2]);
    expect(measurementCount(sut, indexRange(sut, sut.days[1], sut.days[1] + 10))).toBe(2);
  });
});
