import { toCsv, uniqueInitiatives } from './csv';

const base = {
  id: '1',
  key: 'TL-1',
  title: 'Redesign the caching layer',
  status: 'IN_PROGRESS',
  health: 'AT_RISK',
  startDate: '2027-01-04',
  endDate: '2027-06-25',
  progress: 0.425,
  leadTeam: { name: 'Platform' },
};

describe('CSV export', () => {
  it('writes a header and one line per initiative', () => {
    expect(toCsv([base])).toBe(
      'key,title,team,status,health,start,end,progress\r\nTL-1,Redesign the caching layer,Platform,IN_PROGRESS,AT_RISK,2027-01-04,2027-06-25,43%\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, and leaves unknowns empty', () => {
    const sut = toCsv([{ ...base, title: 'Cache, "fast"\nnow', leadTeam: null, progress: null, endDate: null }]);
    expect(sut.split('\r\n')[1]).toBe('TL-1,"Cache, ""fast""\nnow",,IN_PROGRESS,AT_RISK,2027-01-04,,');
  });

  it('keeps spreadsheet formulas from running', () => {
    expect(toCsv([{ ...base, title: '=HYPERLINK("x")' }]).split('\r\n')[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('lists an initiative shown in several lanes once', () => {
    const other = { ...base, id: '2', key: 'TL-2' };
    expect(uniqueInitiatives([{ initiatives: [base, other] }, { initiatives: [base] }]).map((i) => i.key)).toEqual(['TL-1', 'TL-2']);
  });
});
