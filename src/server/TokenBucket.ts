// Classic token bucket: allows short bursts up to `capacity` while holding the long-run rate to `refillPerSecond`.
export class TokenBucket {
  private readonly capacity: number;
  private readonly refillPerSecond: number;
  private tokens: number;
  private lastRefillMilliseconds: number;

  constructor(capacity: number, refillPerSecond: number, nowMilliseconds = performance.now()) {
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.tokens = capacity;
    this.lastRefillMilliseconds = nowMilliseconds;
  }

  isFullAt(nowMilliseconds: number): boolean {
    const elapsedSeconds = Math.max(0, nowMilliseconds - this.lastRefillMilliseconds) / 1000;
    return this.tokens + elapsedSeconds * this.refillPerSecond >= this.capacity;
  }

  tryTake(nowMilliseconds = performance.now()): boolean {
    const elapsedSeconds = Math.max(0, nowMilliseconds - this.lastRefillMilliseconds) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + elapsedSeconds * this.refillPerSecond);
    this.lastRefillMilliseconds = nowMilliseconds;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
