// Jobs the server runs on its own every few seconds (delivering the outbox, closing decisions whose end has
// passed). One run at a time per job; a failing run is reported and the next one tries again.

/** Runs `job` now and then every `intervalMs`; returns a function that stops it and waits for a run in progress. */
export function startPeriodic(job: () => Promise<unknown>, intervalMs: number, onError?: (e: unknown) => void): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = job()
      .catch((e) => onError?.(e))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
