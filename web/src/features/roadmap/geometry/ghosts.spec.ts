import { toDay } from '../model/days';
import { annotateBar, formatSlip, ghostedExtent, labelWidth, packingExtent, slipDaysOf, type BaselineLookup } from './ghosts';
import { buildLayout, placeBars } from './layout';
import { createScale } from './scale';

// A year at one pixel per day: x is the day of the year, counted from 0.
const scale = createScale('2027-01-01', '2027-12-31', 365);
const x = (iso: string) => toDay(iso) - toDay('2027-01-01');

function bar(id: string, startDate: string, endDate: string) {
  return placeBars([{ id, key: id, startDate, endDate }], scale)[0];
}

describe('ghost bars: the baseline under today', () => {
  const lookup: BaselineLookup = new Map([
    ['slipped', { startDate: '2027-02-01', endDate: '2027-03-31' }],
    ['earlier', { startDate: '2027-02-01', endDate: '2027-03-31' }],
    ['same', { startDate: '2027-01-15', endDate: '2027-03-31' }],
    ['before', { startDate: '2026-06-01', endDate: '2026-09-30' }],
    ['undated', { startDate: null, endDate: null }],
    ['new', null],
  ]);

  it('draws the baseline dates where they lie, with the slip of the end and a label right of whichever ends later', () => {
    const sut = annotateBar(bar('slipped', '2027-02-22', '2027-04-21'), lookup, scale)!;
    expect(sut.ghost).toEqual({ x: x('2027-02-01'), width: 59, clippedStart: false, clippedEnd: false });
    expect(sut.slipDays).toBe(21);
    expect(sut.label).toBe('+21 d');
    expect(sut.labelX).toBe(x('2027-04-21') + 1 + 4);
  });

  it('says how much earlier, nothing for the same end, and puts the label after the ghost when it ends later', () => {
    const earlier = annotateBar(bar('earlier', '2027-02-01', '2027-03-28'), lookup, scale)!;
    expect(earlier).toMatchObject({ slipDays: -3, label: '−3 d', labelX: x('2027-03-31') + 1 + 4 });
    expect(annotateBar(bar('same', '2027-02-01', '2027-03-31'), lookup, scale)).toMatchObject({ slipDays: 0, label: null });
  });

  it('has no ghost when the baseline dates are outside the window or missing, and clips one that runs out of it', () => {
    expect(annotateBar(bar('before', '2027-01-10', '2027-02-10'), lookup, scale)).toMatchObject({ ghost: null, slipDays: 133 });
    expect(annotateBar(bar('undated', '2027-01-10', '2027-02-10'), lookup, scale)).toMatchObject({
      ghost: null,
      slipDays: null,
      label: null,
    });
    const clipped = annotateBar(
      bar('before', '2027-01-10', '2027-02-10'),
      new Map([['before', { startDate: '2026-12-01', endDate: '2027-01-31' }]]),
      scale,
    )!;
    expect(clipped.ghost).toEqual({ x: 0, width: 31, clippedStart: true, clippedEnd: false });
  });

  it('marks an initiative not in the baseline as new, and leaves one the lookup does not know alone', () => {
    expect(annotateBar(bar('new', '2027-05-01', '2027-05-31'), lookup, scale)).toEqual({
      ghost: null,
      slipDays: null,
      isNew: true,
      label: 'new',
      labelX: x('2027-05-31') + 1 + 4,
    });
    expect(annotateBar(bar('unknown', '2027-05-01', '2027-05-31'), lookup, scale)).toBeUndefined();
  });

  it('counts slips as the API does, and writes them with a sign', () => {
    expect(slipDaysOf('2027-04-21', { startDate: null, endDate: '2027-03-31' })).toBe(21);
    expect(slipDaysOf(null, { startDate: null, endDate: '2027-03-31' })).toBeNull();
    expect([formatSlip(21), formatSlip(-3), formatSlip(0)]).toEqual(['+21 d', '−3 d', '0 d']);
  });

  it('packs a row around the bar, its ghost and its label, so a neighbour never covers them', () => {
    const slipped = bar('slipped', '2027-02-22', '2027-04-21');
    const annotation = annotateBar(slipped, lookup, scale)!;
    expect(packingExtent(slipped, annotation)).toEqual({
      x: x('2027-02-01'),
      width: annotation.labelX + labelWidth('+21 d') - x('2027-02-01'),
    });
    expect(packingExtent(slipped, undefined)).toBe(slipped);

    // A bar starting just after the slipped one ends shares its row alone, but not beside the label.
    const lanes = [
      {
        key: 'l',
        title: 'Lane',
        initiatives: [
          { id: 'slipped', key: 'A-1', startDate: '2027-02-22', endDate: '2027-04-21' },
          { id: 'next', key: 'A-2', startDate: '2027-04-29', endDate: '2027-05-31' },
        ],
      },
    ];
    const rowsOf = (layout: ReturnType<typeof buildLayout>) => layout.rows.filter((r) => r.kind === 'bars').length;
    expect(rowsOf(buildLayout(lanes, scale, new Set()))).toBe(1);
    expect(rowsOf(buildLayout(lanes, scale, new Set(), (b) => packingExtent(b, annotateBar(b, lookup, scale))))).toBe(2);
  });

  it('with a baseline and forecasts both shown, a bar takes the room of both ghosts', () => {
    const slipped = bar('slipped', '2027-02-22', '2027-04-21');
    const forecasts: BaselineLookup = new Map([['slipped', { startDate: '2027-03-01', endDate: '2027-06-30' }]]);
    const forecast = annotateBar(slipped, forecasts, scale)!;
    expect(ghostedExtent([lookup, forecasts], scale)!(slipped)).toEqual({
      x: x('2027-02-01'),
      width: forecast.labelX + labelWidth(forecast.label!) - x('2027-02-01'),
    });
    expect(ghostedExtent([undefined, forecasts], scale)!(slipped)).toEqual(packingExtent(slipped, forecast));
    expect(ghostedExtent([undefined, new Map()], scale)).toBeUndefined();
  });
});
