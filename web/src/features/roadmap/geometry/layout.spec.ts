import { buildLayout, itemDays, LANE_HEADER_HEIGHT, MIN_BAR_WIDTH, packRows, placeBars, ROW_HEIGHT } from './layout';
import { createScale } from './scale';
import { toDay } from '../model/days';

const scale = createScale('2027-01-01', '2027-12-31', 365);
let n = 0;
function item(startDate: string | null, endDate: string | null) {
  n += 1;
  return { id: `i${n}`, key: `TL-${n}`, startDate, endDate };
}

describe('row packing', () => {
  it('puts bars that clear each other by the gap in one row', () => {
    expect(
      packRows(
        [
          { x: 0, width: 10 },
          { x: 16, width: 10 },
        ],
        6,
      ),
    ).toEqual({ rowOf: [0, 0], rowCount: 1 });
    expect(
      packRows(
        [
          { x: 0, width: 10 },
          { x: 15, width: 10 },
        ],
        6,
      ),
    ).toEqual({ rowOf: [0, 1], rowCount: 2 });
  });

  it('fills the first row with room before opening another', () => {
    const extents = [
      { x: 0, width: 100 },
      { x: 10, width: 20 },
      { x: 50, width: 20 },
      { x: 120, width: 20 },
    ];
    expect(packRows(extents, 6).rowOf).toEqual([0, 1, 1, 0]);
  });
});

describe('bar placement', () => {
  it('lets one date stand for a missing other, and skips undated work', () => {
    expect(itemDays(item('2027-03-01', null))).toEqual({ startDay: toDay('2027-03-01'), endDay: toDay('2027-03-01') });
    expect(itemDays(item(null, null))).toBeNull();
  });

  it('orders bars by start, keeps a minimum width, and drops bars outside the window', () => {
    const later = item('2027-06-01', '2027-06-30');
    const oneDay = item('2027-02-01', '2027-02-01');
    const outside = item('2028-02-01', '2028-03-01');
    const sut = placeBars([later, oneDay, outside], scale);
    expect(sut.map((b) => b.item.id)).toEqual([oneDay.id, later.id]);
    expect(sut[0].width).toBe(MIN_BAR_WIDTH);
  });
});

describe('timeline layout', () => {
  const a = item('2027-01-01', '2027-03-31');
  const b = item('2027-02-01', '2027-04-30');
  const c = item('2027-05-01', '2027-06-30');
  const d = item('2027-01-01', '2027-12-31');
  const lanes = [
    { key: 'plat', title: 'Platform', initiatives: [a, b, c] },
    { key: 'infra', title: 'Infrastructure', initiatives: [d] },
  ];

  it('stacks a header and packed rows per lane, with running offsets', () => {
    const sut = buildLayout(lanes, scale, new Set());
    expect(sut.rows.map((r) => r.kind)).toEqual(['lane', 'bars', 'bars', 'lane', 'bars']);
    expect(sut.rows.map((r) => r.top)).toEqual([0, 36, 70, 104, 140]);
    expect(sut.height).toBe(2 * LANE_HEADER_HEIGHT + 3 * ROW_HEIGHT);
    const [first, second] = sut.rows.slice(1, 3).map((r) => (r.kind === 'bars' ? r.bars.map((bar) => bar.item.id) : []));
    expect(first).toEqual([a.id, c.id]);
    expect(second).toEqual([b.id]);
    expect(sut.rows[0]).toMatchObject({ title: 'Platform', count: 3, collapsed: false });
  });

  it('keeps only the header of a collapsed lane', () => {
    const sut = buildLayout(lanes, scale, new Set(['plat']));
    expect(sut.rows.map((r) => r.kind)).toEqual(['lane', 'lane', 'bars']);
    expect(sut.rows[0]).toMatchObject({ collapsed: true, count: 3 });
    expect(sut.placements.has(a.id)).toBe(false);
    expect(sut.placements.get(d.id)).toEqual([{ rowIndex: 2, left: 0, right: 365 }]);
  });

  it('records every placement of an initiative shown in two lanes', () => {
    const sut = buildLayout(
      [
        { key: 'g1', title: 'G1', initiatives: [a] },
        { key: 'g2', title: 'G2', initiatives: [a] },
      ],
      scale,
      new Set(),
    );
    expect(sut.placements.get(a.id)?.map((p) => p.rowIndex)).toEqual([1, 3]);
  });
});
