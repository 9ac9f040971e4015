/** Above this many buffered bytes, frames wait for the channel to drain (Chromium closes a channel that overflows). */
const highWaterMark = 64 * 1024;
const lowWaterMark = 16 * 1024;
/** A peer that stops reading cannot make us hold more than this. */
const maximumQueuedBytes = 4 * 1024 * 1024;

/** Writes frames to a data channel in order, waiting on `bufferedamountlow` instead of overfilling it. */
export class DataChannelWriter {
  private readonly channel: RTCDataChannel;
  private readonly queue: string[] = [];
  private queuedBytes = 0;

  constructor(channel: RTCDataChannel) {
    this.channel = channel;
    channel.bufferedAmountLowThreshold = lowWaterMark;
    channel.addEventListener('bufferedamountlow', () => this.drain());
  }

  write(frames: readonly string[]): void {
    const size = frames.reduce((sum, frame) => sum + frame.length, 0);
    if (this.queuedBytes + size > maximumQueuedBytes) return;
    this.queue.push(...frames);
    this.queuedBytes += size;
    this.drain();
  }

  private drain(): void {
    while (this.queue.length > 0 && this.channel.readyState === 'open') {
      if (this.channel.bufferedAmount > highWaterMark) return;
      const frame = this.queue.shift()!;
      this.queuedBytes -= frame.length;
      try {
        this.channel.send(frame);
      } catch {
        // Closing under us: the connection is going away and its close event says so.
        return;
      }
    }
  }
}
