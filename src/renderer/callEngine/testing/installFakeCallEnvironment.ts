import { afterEach, beforeEach, vi } from 'vitest';
import { FakeMediaStream } from './fakeMedia.ts';

/** For a test file of the call engine: fake timers (and Date), and FakeMediaStream as the global MediaStream. */
export function installFakeCallEnvironment(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('MediaStream', FakeMediaStream);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}
