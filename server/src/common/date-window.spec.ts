import { assertWindow } from './date-window';

describe('assertWindow', () => {
  const fieldOf = (from: string, to: string) => {
    try {
      assertWindow({ from, to });
      return null;
    } catch (error) {
      return (error as { details: { field: string } }).details.field;
    }
  };

  it('takes a one-day window and one of exactly five years, a leap day start included', () => {
    expect(fieldOf('2027-05-01', '2027-05-01')).toBeNull();
    expect(fieldOf('2027-01-01', '2031-12-31')).toBeNull();
    expect(fieldOf('2028-02-29', '2033-02-28')).toBeNull();
  });

  it('names `to` for a reversed or too long window, and the argument out of range', () => {
    expect(fieldOf('2027-05-02', '2027-05-01')).toBe('to');
    expect(fieldOf('2027-01-01', '2032-01-01')).toBe('to');
    expect(fieldOf('2028-02-29', '2033-03-01')).toBe('to');
    expect(fieldOf('1899-12-31', '1900-01-01')).toBe('from');
    expect(fieldOf('9998-01-01', '9999-01-01')).toBe('to');
  });
});
