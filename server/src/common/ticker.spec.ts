import { Logger } from '@nestjs/common';
import { Ticker } from './ticker';

describe('Ticker', () => {
  let steps: Array<() => void>;
  let failNext: boolean;
  let sut: Ticker;
  const step = () =>
    new Promise<void>((resolve, reject) => {
      if (failNext) {
        failNext = false;
        reject(new Error('database gone'));
      } else steps.push(resolve);
    });
  // Lets the step's promise chain settle between fake timer advances.
  const settle = () => jest.advanceTimersByTimeAsync(0);

  beforeEach(() => {
    jest.useFakeTimers();
    steps = [];
    failNext = false;
    sut = new Ticker('TestTicker', step);
  });

  afterEach(() => {
    sut.stop();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('ticks every interval, and skips a tick while the previous one still runs', async () => {
    sut.start(30);
    await jest.advanceTimersByTimeAsync(29_999);
    expect(steps).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(steps).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(90_000);
    expect(steps).toHaveLength(1);
    steps[0]();
    await settle();
    await jest.advanceTimersByTimeAsync(30_000);
    expect(steps).toHaveLength(2);
  });

  it('logs a failed tick and ticks again at the next interval', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    failNext = true;
    sut.start(1);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(error).toHaveBeenCalledWith('tick failed: database gone');
    await jest.advanceTimersByTimeAsync(1_000);
    expect(steps).toHaveLength(1);
  });

  it('stays off at 0 seconds, and stops ticking once stopped', async () => {
    sut.start(0);
    await jest.advanceTimersByTimeAsync(3_600_000);
    expect(steps).toHaveLength(0);
    sut.start(1);
    await jest.advanceTimersByTimeAsync(1_000);
    steps[0]();
    sut.stop();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(steps).toHaveLength(1);
  });
});
