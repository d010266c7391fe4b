import { MAX_CSV_POINTS, parseMeasurementCsv, splitCsvLine } from './measurement-csv';

describe('measurement CSV', () => {
  it('reads at,value lines: dates at 00:00 UTC, date-times with their zone as instants, any column order, blank lines skipped', () => {
    const csv = '\uFEFFvalue,at,note\r\n812.5,2027-03-01,first\r\n\r\n-3e2,2027-03-02T09:30:00+01:00,"a, b"\n7,2027-03-03 10:00Z\n';
    expect(parseMeasurementCsv(csv)).toEqual({
      points: [
        { at: '2027-03-01T00:00:00.000Z', value: 812.5 },
        { at: '2027-03-02T08:30:00.000Z', value: -300 },
        { at: '2027-03-03T10:00:00.000Z', value: 7 },
      ],
      problems: [],
    });
  });

  it('refuses the whole file when any line is bad, naming each line and field', () => {
    const csv = 'at,value\n2027-03-01,1\n2027-02-30,2\nyesterday,abc\n2027-03-04T10:00:00,4\n2027-03-05,1,5\n2027-03-06,"1,5"';
    const { points, problems } = parseMeasurementCsv(csv);
    expect(points).toEqual([]);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'at'],
      [4, 'at'],
      [4, 'value'],
      [5, 'at'],
      [7, 'value'],
    ]);
    expect(problems[2].message).toBe('Line 4, value: "abc" is not a number (e.g. 812.5).');
    expect(problems[3].message).toContain('Line 5, at: "2027-03-04T10:00:00" is not a date');
  });

  it('wants a header with at and value, and at least one measurement, and at most 10,000', () => {
    expect(parseMeasurementCsv('').problems[0]).toMatchObject({ line: 1, field: 'file' });
    expect(parseMeasurementCsv('\ntime,value\n2027-03-01,1').problems[0]).toMatchObject({
      line: 2,
      field: 'header',
      message: 'The header line has no "at" column: expected "at,value".',
    });
    expect(parseMeasurementCsv('at,value\n').problems[0]).toMatchObject({
      field: 'file',
      message: 'The file has a header but no measurements.',
    });
    const many = [
      'at,value',
      ...Array.from({ length: MAX_CSV_POINTS + 1 }, (_, i) => `${new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString()},1`),
    ];
    expect(parseMeasurementCsv(many.join('\n')).problems[0].message).toContain('At most 10,000 measurements');
  });

  it('splits quoted cells with commas and doubled quotes', () => {
    expect(splitCsvLine('a,"b, c","say ""hi""", d ')).toEqual(['a', 'b, c', 'say "hi"', 'd']);
  });
});
