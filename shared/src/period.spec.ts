import {
  addDays,
  fiscalHalf,
  fiscalQuarter,
  fiscalYearOf,
  fiscalYearStart,
  isIsoDate,
  overlaps,
  parsePeriodLabel,
  quarterOf,
  quartersCovering,
} from './period';

describe('period arithmetic', () => {
  describe('with the default January start', () => {
    it('names the fiscal year after the calendar year', () => {
      expect(fiscalYearOf('2027-01-01')).toBe(2027);
      expect(fiscalYearOf('2027-12-31')).toBe(2027);
    });

    it('finds the quarter of a date', () => {
      expect(quarterOf('2027-05-17')).toEqual({ label: 'FY2027-Q2', start: '2027-04-01', end: '2027-06-30' });
      expect(quarterOf('2027-12-31').label).toBe('FY2027-Q4');
    });
  });

  describe('with a February start (FY2027 runs Feb 2026 - Jan 2027)', () => {
    it('puts February 2026 and January 2027 in FY2027', () => {
      expect(fiscalYearOf('2026-02-01', 2)).toBe(2027);
      expect(fiscalYearOf('2027-01-31', 2)).toBe(2027);
      expect(fiscalYearOf('2026-01-31', 2)).toBe(2026);
      expect(fiscalYearStart(2027, 2)).toBe('2026-02-01');
    });

    it('makes quarters of three months from the start month', () => {
      expect(fiscalQuarter(2027, 1, 2)).toEqual({ label: 'FY2027-Q1', start: '2026-02-01', end: '2026-04-30' });
      expect(fiscalQuarter(2027, 4, 2)).toEqual({ label: 'FY2027-Q4', start: '2026-11-01', end: '2027-01-31' });
      expect(quarterOf('2027-01-15', 2).label).toBe('FY2027-Q4');
    });
  });

  it('handles a July start across the calendar year', () => {
    expect(fiscalQuarter(2027, 2, 7)).toEqual({ label: 'FY2027-Q2', start: '2026-10-01', end: '2026-12-31' });
    expect(fiscalHalf(2027, 2, 7)).toEqual({ label: 'FY2027-H2', start: '2027-01-01', end: '2027-06-30' });
  });

  it('lists the quarters covering a range, partial ones included', () => {
    const labels = quartersCovering('2027-02-10', '2027-07-01').map((p) => p.label);
    expect(labels).toEqual(['FY2027-Q1', 'FY2027-Q2', 'FY2027-Q3']);
    expect(quartersCovering('2027-07-01', '2027-02-10')).toEqual([]);
  });

  it('covers a fiscal year that crosses calendar years with four quarters', () => {
    const quarters = quartersCovering('2026-04-01', '2027-03-31', 4);
    expect(quarters.map((p) => p.label)).toEqual(['FY2027-Q1', 'FY2027-Q2', 'FY2027-Q3', 'FY2027-Q4']);
    expect(quarters[3].end).toBe('2027-03-31');
  });

  it('validates calendar dates strictly', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('27-01-01')).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('parses period labels', () => {
    expect(parsePeriodLabel('FY2027-Q3')).toEqual(fiscalQuarter(2027, 3));
    expect(parsePeriodLabel('fy2027-h1', 2)).toEqual(fiscalHalf(2027, 1, 2));
    expect(parsePeriodLabel('FY2027')?.end).toBe('2027-12-31');
    expect(parsePeriodLabel('Q3 2027')).toBeNull();
  });

  it('tells whether two ranges overlap, inclusive of their ends', () => {
    expect(overlaps('2027-01-01', '2027-03-31', '2027-03-31', '2027-06-30')).toBe(true);
    expect(overlaps('2027-01-01', '2027-03-30', '2027-03-31', '2027-06-30')).toBe(false);
  });
});
