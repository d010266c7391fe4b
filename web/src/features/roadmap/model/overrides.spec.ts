import { applyOverrides, withOverride } from './overrides';

const item = (id: string, version = 1) => ({ id, startDate: '2027-01-01', endDate: '2027-03-31', version });

describe('bars moved on the roadmap', () => {
  const lanes = [
    { key: 'a', initiatives: [item('1'), item('2')] },
    { key: 'b', initiatives: [item('3')] },
  ];

  it('leaves the lanes untouched when nothing was moved', () => {
    expect(applyOverrides(lanes, new Map())).toBe(lanes);
  });

  it('shows a moved bar at its new dates, keeping unchanged lanes and items as they were', () => {
    const sut = applyOverrides(lanes, withOverride(new Map(), '2', { startDate: '2027-02-01', endDate: '2027-04-30', version: 2 }));
    expect(sut[0].initiatives[1]).toEqual({ id: '2', startDate: '2027-02-01', endDate: '2027-04-30', version: 2 });
    expect(sut[0].initiatives[0]).toBe(lanes[0].initiatives[0]);
    expect(sut[1]).toBe(lanes[1]);
  });

  it('lets reloaded data win once it has caught up with the change', () => {
    const reloaded = [{ key: 'a', initiatives: [item('2', 2)] }];
    const sut = applyOverrides(reloaded, new Map([['2', { startDate: '2030-01-01', endDate: '2030-01-02', version: 2 }]]));
    expect(sut[0].initiatives[0].startDate).toBe('2027-01-01');
  });

  it('forgets an override that is withdrawn (the save failed)', () => {
    const overrides = withOverride(new Map(), '1', { startDate: '2027-02-01', endDate: '2027-02-02', version: 2 });
    expect(withOverride(overrides, '1', null).size).toBe(0);
    expect(overrides.size).toBe(1);
  });
});
