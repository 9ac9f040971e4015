import type { RoomRegistry } from './RoomRegistry.ts';

// Expiry, idle closing and releasing abandoned slots run on a timer; a failure there is logged, never fatal.
export function startSweeping(
  registry: RoomRegistry,
  intervalMilliseconds: number,
  log: (message: string) => void,
): () => void {
  const timer = setInterval(() => {
    try {
      registry.sweep();
    } catch (error) {
      log(`sweeping rooms failed: ${String(error)}`);
    }
  }, intervalMilliseconds);
  timer.unref();
  return () => clearInterval(timer);
}
