import { processTreeCpuMs } from './processTreeCpuMs.ts';

/**
 * CPU used over a stretch of a bench: this process's child processes (Chromium, both sides of a call) and this
 * process itself (a web host started in it), against the wall time. `CpuShare.now()` marks a start;
 * `since` gives the stretch up to now.
 */
export class CpuShare {
  readonly childrenMs: number;
  readonly ownMs: number;
  readonly wallMs: number;

  constructor(childrenMs: number, ownMs: number, wallMs: number) {
    this.childrenMs = childrenMs;
    this.ownMs = ownMs;
    this.wallMs = wallMs;
  }

  static now(): CpuShare {
    const own = process.cpuUsage();
    return new CpuShare(processTreeCpuMs(), (own.user + own.system) / 1000, performance.now());
  }

  since(): CpuShare {
    const now = CpuShare.now();
    return new CpuShare(now.childrenMs - this.childrenMs, now.ownMs - this.ownMs, now.wallMs - this.wallMs);
  }

  /** Share of one core over the stretch, in percent. */
  get coreShare(): number {
    return (100 * (this.childrenMs + this.ownMs)) / this.wallMs;
  }
}
