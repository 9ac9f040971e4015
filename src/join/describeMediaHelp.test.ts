import { describe, expect, it } from 'vitest';
import { describeMediaHelp } from './describeMediaHelp.ts';
import { mediaPlatformOf } from './mediaPlatformOf.ts';

const iPhone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const iPad =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
const pixel =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const windows =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('mediaPlatformOf', () => {
  it('tells iOS (an iPad posing as a Mac too), Android and desktop apart', () => {
    expect(mediaPlatformOf(iPhone, 5)).toBe('ios');
    expect(mediaPlatformOf(iPad, 5)).toBe('ios');
    expect(mediaPlatformOf(iPad, 0)).toBe('desktop');
    expect(mediaPlatformOf(pixel, 5)).toBe('android');
    expect(mediaPlatformOf(windows, 0)).toBe('desktop');
    expect(mediaPlatformOf('', 0)).toBe('desktop');
  });
});

describe('describeMediaHelp', () => {
  it('points each platform to where its camera permission lives, not to a desktop address bar icon', () => {
    expect(describeMediaHelp('denied', 'ios').steps).toContain('Website Settings');
    expect(describeMediaHelp('denied', 'ios').steps).not.toContain('camera icon');
    expect(describeMediaHelp('denied', 'android').steps).toContain('Permissions');
    expect(describeMediaHelp('denied', 'desktop').steps).toContain('address bar');
    expect(describeMediaHelp('denied', 'desktop').title).toBe('Camera and microphone are blocked');
  });

  it('has a title and a next step for every problem', () => {
    for (const problem of ['denied', 'no-devices', 'in-use', 'insecure', 'unknown'] as const) {
      const help = describeMediaHelp(problem, 'android');
      expect(help.title.length).toBeGreaterThan(10);
      expect(help.steps.length).toBeGreaterThan(10);
    }
  });
});
