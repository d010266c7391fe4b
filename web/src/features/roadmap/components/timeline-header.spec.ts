import { monthLabelInset } from './timeline-header';

describe("a month's name beside the Today badge", () => {
  it('stays at the start of its column when the badge is clear of it', () => {
    expect(monthLabelInset(100, 60, 40)).toBe(6);
    expect(monthLabelInset(100, 60, 200)).toBe(6);
  });

  it('moves past the badge when the badge would cover it', () => {
    expect(monthLabelInset(100, 100, 95)).toBe(22);
  });

  it('is left out when it no longer fits after the badge', () => {
    expect(monthLabelInset(100, 40, 110)).toBeNull();
  });
});
