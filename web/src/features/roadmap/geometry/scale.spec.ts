import { toDay } from '../model/days';
import { barExtent, createScale, dateToX, dayEndToX, pixelsToDays, xToDay } from './scale';

describe('time scale', () => {
  // January 2027 has 31 days: 10 px a day.
  const sut = createScale('2027-01-01', '2027-01-31', 310);

  it('maps the window onto the width, a day at a time', () => {
    expect(sut.pxPerDay).toBe(10);
    expect(dateToX(sut, '2027-01-01')).toBe(0);
    expect(dateToX(sut, '2027-01-11')).toBe(100);
    expect(dayEndToX(sut, toDay('2027-01-31'))).toBe(310);
  });

  it('turns pixels back into days, snapping to whole days', () => {
    expect(xToDay(sut, 105)).toBe(toDay('2027-01-11'));
    expect(pixelsToDays(sut, 14)).toBe(1);
    expect(pixelsToDays(sut, 16)).toBe(2);
    expect(pixelsToDays(sut, -4)).toBe(0);
  });

  it('draws a bar from the start of its first day to the end of its last', () => {
    expect(barExtent(sut, toDay('2027-01-03'), toDay('2027-01-04'))).toEqual({ x: 20, width: 20, clippedStart: false, clippedEnd: false });
  });

  it('clips bars running past the window and drops those outside it', () => {
    expect(barExtent(sut, toDay('2026-12-01'), toDay('2027-01-02'))).toEqual({ x: 0, width: 20, clippedStart: true, clippedEnd: false });
    expect(barExtent(sut, toDay('2027-01-30'), toDay('2027-03-01'))).toEqual({ x: 290, width: 20, clippedStart: false, clippedEnd: true });
    expect(barExtent(sut, toDay('2027-02-01'), toDay('2027-02-02'))).toBeNull();
  });

  it('crosses leap days and month ends without drift', () => {
    const leap = createScale('2028-02-01', '2028-03-31', 600);
    expect(dateToX(leap, '2028-03-01') / leap.pxPerDay).toBe(29);
  });
});
