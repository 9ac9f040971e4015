import type { BackendCall } from './BackendCall.ts';

const callEveryMs = 20;

/**
 * While an import runs: an `app.info` call every 20 ms, each timed from the moment it was due (so a blocked
 * event loop counts in full), and the process's resident memory, sampled with it. The worker thread is in this
 * process, so its memory counts too.
 */
export function watchDuringImport(call: BackendCall): {
  stop: () => Promise<{ latencies: number[]; peakRss: number }>;
} {
  const latencies: number[] = [];
  let peakRss = process.memoryUsage.rss();
  let running = true;
  const loop = (async () => {
    while (running) {
      const due = performance.now();
      await call('app.info', {});
      latencies.push(performance.now() - due);
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      const wait = callEveryMs - (performance.now() - due);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { latencies, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
    },
  };
}
