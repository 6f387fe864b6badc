/** Percentiles of a sample of durations (ms), nearest-rank. */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export async function measure(
  times: number,
  run: () => Promise<void>,
  warmup = 50,
): Promise<{ p50: number; p95: number; perSecond: number }> {
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), perSecond: times / seconds };
}
