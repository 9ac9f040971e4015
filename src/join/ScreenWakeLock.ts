type Sentinel = { released: boolean; release(): Promise<void> };
type WakeLockApi = { request(type: 'screen'): Promise<Sentinel> };

/**
 * Keeps the screen on while held (Screen Wake Lock, where the browser has it). The browser drops the lock when
 * the tab is hidden, so it is asked for again each time the page is shown.
 */
export class ScreenWakeLock {
  private readonly api: WakeLockApi | null;
  private readonly page: Document;
  private sentinel: Sentinel | null = null;
  private held = false;
  private readonly onVisibility = () => {
    if (this.held && this.page.visibilityState === 'visible') void this.request();
  };

  constructor(api: WakeLockApi | null | undefined, page: Document) {
    this.api = api ?? null;
    this.page = page;
  }

  hold(): void {
    if (this.held || !this.api) return;
    this.held = true;
    this.page.addEventListener('visibilitychange', this.onVisibility);
    void this.request();
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    this.page.removeEventListener('visibilitychange', this.onVisibility);
    const sentinel = this.sentinel;
    this.sentinel = null;
    void sentinel?.release().catch(() => {});
  }

  private async request(): Promise<void> {
    if (!this.api || (this.sentinel && !this.sentinel.released)) return;
    if (this.page.visibilityState !== 'visible') return;
    try {
      const sentinel = await this.api.request('screen');
      if (this.held) this.sentinel = sentinel;
      else void sentinel.release().catch(() => {});
    } catch {
      // Battery saver or a browser policy said no: the page works on, the screen may dim.
    }
  }
}
