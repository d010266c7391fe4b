import { fiscalStartMonthOf } from './fiscal-calendar';

describe('fiscalStartMonthOf', () => {
  it('reads the fiscal-year start month off a period', () => {
    expect(fiscalStartMonthOf({ label: 'FY2027-Q1', start: '2027-01-01' })).toBe(1);
    expect(fiscalStartMonthOf({ label: 'FY2027-Q2', start: '2026-05-01' })).toBe(2);
    expect(fiscalStartMonthOf({ label: 'FY2027-Q1', start: '2026-10-01' })).toBe(10);
    expect(fiscalStartMonthOf(undefined)).toBe(1);
  });
});
