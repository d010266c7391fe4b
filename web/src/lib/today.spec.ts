import { localTodayIso } from './today';

// jest.config.cjs runs the web tests in Pacific/Auckland.
describe('localTodayIso', () => {
  afterEach(() => jest.useRealTimers());

  it('is the local date in the morning east of UTC, where the UTC date is still yesterday', () => {
    const morning = new Date('2027-03-14T20:30:00Z'); // 09:30 on the 15th in Auckland
    expect(morning.getTimezoneOffset()).toBe(-13 * 60);
    jest.useFakeTimers({ now: morning });
    expect(localTodayIso()).toBe('2027-03-15');
  });

  it('stays on the local day until local midnight', () => {
    expect(localTodayIso(new Date(2027, 11, 31, 23, 59))).toBe('2027-12-31');
    expect(localTodayIso(new Date(2028, 0, 1, 0, 0))).toBe('2028-01-01');
  });
});
