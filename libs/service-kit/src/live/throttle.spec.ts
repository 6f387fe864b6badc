import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('calls at once, folds a burst into one more call at the end of the gap, and never drops the last', () => {
    const call = jest.fn();
    const t = throttle(call, 1000);
    t();
    expect(call).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) t();
    expect(call).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1000);
    expect(call).toHaveBeenCalledTimes(2);
    jest.advanceTimersByTime(5000);
    expect(call).toHaveBeenCalledTimes(2);
    t();
    expect(call).toHaveBeenCalledTimes(3);
  });

  it('drops a pending call when cancelled', () => {
    const call = jest.fn();
    const t = throttle(call, 1000);
    t();
    t();
    t.cancel();
    jest.advanceTimersByTime(5000);
    expect(call).toHaveBeenCalledTimes(1);
  });
});
