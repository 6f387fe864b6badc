/**
 * At most one call per `gapMs`: the first at once, and one more at the end of the gap if any came in during it
 * (so the last change is never dropped). `cancel` drops a pending call.
 */
export function throttle(call: () => void, gapMs: number): { (): void; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  let pending = false;
  const open = () => {
    timer = undefined;
    if (!pending) return;
    pending = false;
    call();
    timer = setTimeout(open, gapMs);
  };
  const throttled = () => {
    if (timer) {
      pending = true;
      return;
    }
    call();
    timer = setTimeout(open, gapMs);
  };
  return Object.assign(throttled, {
    cancel: () => {
      clearTimeout(timer);
      timer = undefined;
      pending = false;
    },
  });
}
