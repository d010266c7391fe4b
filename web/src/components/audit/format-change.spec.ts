import { fieldLabel, formatChangeValue } from './format-change';

describe('a field change as people read it', () => {
  it('names fields in words', () => {
    expect(fieldLabel('endDate')).toBe('End date');
    expect(fieldLabel('leadTeamId')).toBe('Lead team');
    expect(fieldLabel('goalIds')).toBe('Goals');
    expect(fieldLabel('title')).toBe('Title');
  });

  it('shows dates as dates, enum names as words, lists as lists and nothing as none', () => {
    expect(formatChangeValue('"2027-03-31"')).toBe('Mar 31, 2027');
    expect(formatChangeValue('"IN_PROGRESS"')).toBe('In progress');
    expect(formatChangeValue('["PLAT","CHK"]')).toBe('PLAT, CHK');
    expect(formatChangeValue('null')).toBe('none');
    expect(formatChangeValue('[]')).toBe('none');
    expect(formatChangeValue('6.5')).toBe('6.5');
    expect(formatChangeValue('true')).toBe('yes');
    expect(formatChangeValue('"Redesign the cache"')).toBe('Redesign the cache');
  });

  it('keeps apart a side that does not exist (created or deleted) from a value of none', () => {
    expect(formatChangeValue(null)).toBeNull();
  });

  it('shows text that is not JSON as it came', () => {
    expect(formatChangeValue('not json')).toBe('not json');
  });
});
