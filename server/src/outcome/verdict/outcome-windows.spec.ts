import { OutcomeWindowError, resolveWindows } from './outcome-windows';

describe('resolveWindows', () => {
  it('gives the contract dates: pre [start-56, start-1], post [end+15, end+70], trend from start-182', () => {
    expect(resolveWindows('2027-03-01', '2027-04-30')).toEqual({
      trendFrom: '2026-08-31',
      preFrom: '2027-01-04',
      preTo: '2027-02-28',
      postFrom: '2027-05-15',
      postTo: '2027-07-09',
    });
  });

  it('keeps the lengths around an overridden date and learns the trend from an earlier pre window', () => {
    const sut = resolveWindows('2027-03-01', '2027-04-30', { postFrom: '2027-06-01', preFrom: '2026-01-01' });
    expect(sut.postTo).toBe('2027-07-26');
    expect(sut.preTo).toBe('2027-02-28');
    expect(sut.trendFrom).toBe('2026-01-01');
  });

  it.each([
    [{ postFrom: '2027-02-01' }, 'postFrom'],
    [{ preFrom: '2027-03-01', preTo: '2027-02-01' }, 'preFrom'],
    [{ postTo: '2027-13-01' }, 'postTo'],
  ])('refuses %j, naming %s', (overrides, field) => {
    expect(() => resolveWindows('2027-03-01', '2027-04-30', overrides)).toThrow(expect.objectContaining({ field }) as OutcomeWindowError);
  });

  it('refuses work that ends before it starts', () => {
    expect(() => resolveWindows('2027-03-01', '2027-02-01')).toThrow(OutcomeWindowError);
  });
});
