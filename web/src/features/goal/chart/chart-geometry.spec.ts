import { chartGeometry, niceStep, timeOf, type ChartInput } from './chart-geometry';

const input: ChartInput = {
  baseline: 1200,
  target: 400,
  targetDate: '2027-09-30',
  measurements: [
    { value: 1200, recordedAt: '2027-01-04T12:00:00.000Z' },
    { value: 900, recordedAt: '2027-04-05T12:00:00.000Z' },
    { value: 650, recordedAt: '2027-07-05T12:00:00.000Z' },
  ],
  initiatives: [
    { id: 'a', key: 'TL-1', title: 'Migrate sessions', startDate: '2027-01-15', endDate: '2027-03-31' },
    { id: 'b', key: 'TL-2', title: 'Redesign the caching layer', startDate: '2027-03-01', endDate: null },
  ],
};

describe('chartGeometry', () => {
  const sut = chartGeometry(input);

  it('keeps every measurement inside the plot, in time order, higher values higher up', () => {
    for (const p of sut.points) {
      expect(p.x).toBeGreaterThanOrEqual(sut.plot.left);
      expect(p.x).toBeLessThanOrEqual(sut.plot.right);
      expect(p.y).toBeGreaterThanOrEqual(sut.plot.top);
      expect(p.y).toBeLessThanOrEqual(sut.plot.bottom);
    }
    const xs = sut.points.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(sut.points[0].y).toBeLessThan(sut.points[2].y);
    expect(sut.linePath.startsWith('M')).toBe(true);
    expect(sut.linePath.split('L')).toHaveLength(3);
  });

  it('draws the baseline at the first measurement (same value) and the target below the last', () => {
    expect(sut.baselineY).toBeCloseTo(sut.points[0].y, 5);
    expect(sut.targetY).toBeGreaterThan(sut.points[2].y);
  });

  it('puts the target date and the initiatives on the same time axis as the measurements', () => {
    const xOfApril5 = sut.points[1].x;
    const march31End = sut.initiatives[0].endX!;
    expect(march31End).toBeLessThan(xOfApril5);
    expect(sut.initiatives[1].startX).toBeLessThan(march31End);
    expect(sut.targetDateX).toBeGreaterThan(sut.points[2].x);
    expect(sut.targetDateX).toBeLessThanOrEqual(sut.plot.right);
  });

  it('runs an initiative without an end date to the right edge and gives each its own lane', () => {
    const [first, second] = sut.initiatives;
    expect(second.endX).toBeNull();
    expect(second.x2).toBe(sut.plot.right);
    expect(second.y).toBeGreaterThan(first.y);
    expect(first.y).toBeGreaterThan(sut.plot.bottom);
    expect(sut.height).toBeGreaterThan(second.y);
  });

  it('labels months along the time axis and round values along the value axis', () => {
    const july = sut.xTicks.find((t) => t.label === 'Jul 2027');
    expect(july!.at).toBeLessThan(sut.points[2].x);
    expect(july!.at).toBeGreaterThan(sut.points[1].x);
    expect(sut.yTicks.length).toBeGreaterThanOrEqual(3);
    for (const t of sut.yTicks) expect(Number(t.label.replace(/,/g, '')) % 100).toBe(0);
  });

  it('still has a domain when nothing is measured or dated yet', () => {
    const empty = chartGeometry({ baseline: 5, target: 5, measurements: [], initiatives: [], today: '2027-06-01' });
    expect(empty.points).toEqual([]);
    expect(Number.isFinite(empty.baselineY)).toBe(true);
    expect(empty.xTicks.length).toBeGreaterThan(0);
  });
});

describe('niceStep', () => {
  it('rounds to 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(0, 1000, 4)).toBe(500);
    expect(niceStep(4.6, 5.3, 4)).toBe(0.2);
    expect(niceStep(0, 0, 4)).toBe(1);
  });
});

describe('timeOf', () => {
  it('reads dates as UTC midnight and instants as given', () => {
    expect(timeOf('2027-01-02') - timeOf('2027-01-01')).toBe(86_400_000);
    expect(timeOf('2027-01-01T12:00:00.000Z') - timeOf('2027-01-01')).toBe(43_200_000);
  });
});
