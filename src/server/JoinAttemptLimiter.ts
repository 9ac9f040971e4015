import { TokenBucket } from './TokenBucket.ts';

// Above this many tracked addresses, those that have fully recovered are forgotten, which bounds the memory.
const addressesBeforePruning = 10_000;

// Join frames per client address across all its connections: bursts up to the per-minute figure, then that rate.
// It slows knock floods and token guessing from one machine without touching anyone else.
export class JoinAttemptLimiter {
  private readonly attemptsPerMinute: number;
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(attemptsPerMinute: number) {
    this.attemptsPerMinute = attemptsPerMinute;
  }

  tryTake(addressKey: string, nowMilliseconds = performance.now()): boolean {
    let bucket = this.buckets.get(addressKey);
    if (bucket === undefined) {
      if (this.buckets.size >= addressesBeforePruning) this.prune(nowMilliseconds);
      bucket = new TokenBucket(this.attemptsPerMinute, this.attemptsPerMinute / 60, nowMilliseconds);
      this.buckets.set(addressKey, bucket);
    }
    return bucket.tryTake(nowMilliseconds);
  }

  private prune(nowMilliseconds: number): void {
    for (const [addressKey, bucket] of this.buckets) {
      if (bucket.isFullAt(nowMilliseconds)) this.buckets.delete(addressKey);
    }
  }
}
