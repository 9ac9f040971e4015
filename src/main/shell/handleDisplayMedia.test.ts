import { beforeEach, describe, expect, test, vi } from 'vitest';
import { handleDisplayMedia, type DisplayMediaSession } from './handleDisplayMedia.ts';
import type { ScreenSource } from './ScreenSource.ts';

const electron = vi.hoisted(() => ({
  desktopCapturer: {
    getSources: vi.fn(async (_options: unknown) => [
      {
        id: 'screen:0:0',
        name: 'Entire screen',
        thumbnail: { toDataURL: () => 'data:image/png;base64,AAAA' },
      },
      { id: 'window:42:0', name: 'Slides', thumbnail: { toDataURL: () => 'data:image/png;base64,BBBB' } },
    ]),
  },
}));
vi.mock('electron', () => electron);

type Handler = (request: Record<string, unknown>, callback: (streams: unknown) => void) => void;

function install(pick: (sources: ScreenSource[]) => Promise<string | null>) {
  let handler: Handler | undefined;
  let options: unknown;
  const session = {
    setDisplayMediaRequestHandler: (given: Handler, given2: unknown) => {
      handler = given;
      options = given2;
    },
  } as unknown as DisplayMediaSession;
  handleDisplayMedia(session, pick);
  const ask = (request: Record<string, unknown>) =>
    new Promise<unknown>((resolve) =>
      handler!({ videoRequested: true, audioRequested: false, ...request }, resolve),
    );
  return { ask, options };
}

const ours = { frame: { url: 'app://rapport/#/interviews/1' }, securityOrigin: 'app://rapport' };

beforeEach(() => vi.clearAllMocks());

describe('getDisplayMedia in the desktop app', () => {
  test('shows our picker with every screen and window and its thumbnail, and shares the one picked', async () => {
    const pick = vi.fn(async (sources: ScreenSource[]) => sources[1]!.id);
    const { ask, options } = install(pick);
    expect(options).toEqual({ useSystemPicker: false });
    const streams = (await ask(ours)) as { video: { id: string } };
    expect(streams.video.id).toBe('window:42:0');
    expect(pick).toHaveBeenCalledWith([
      {
        id: 'screen:0:0',
        name: 'Entire screen',
        kind: 'screen',
        thumbnailDataUrl: 'data:image/png;base64,AAAA',
      },
      { id: 'window:42:0', name: 'Slides', kind: 'window', thumbnailDataUrl: 'data:image/png;base64,BBBB' },
    ]);
    expect(electron.desktopCapturer.getSources).toHaveBeenCalledWith({
      types: ['screen', 'window'],
      thumbnailSize: { width: 320, height: 180 },
    });
  });

  test('shares nothing when the person cancels, or the picker answers an id it was not offered', async () => {
    expect(await install(async () => null).ask(ours)).toBeNull();
    expect(await install(async () => 'screen:9:9').ask(ours)).toBeNull();
  });

  test('never asks, and shares nothing, for a page that is not ours', async () => {
    const pick = vi.fn(async () => 'screen:0:0');
    const { ask } = install(pick);
    expect(
      await ask({ frame: { url: 'https://evil.example/' }, securityOrigin: 'https://evil.example' }),
    ).toBeNull();
    expect(await ask({ frame: null, securityOrigin: 'https://evil.example' })).toBeNull();
    expect(pick).not.toHaveBeenCalled();
    expect(electron.desktopCapturer.getSources).not.toHaveBeenCalled();
  });

  test('denies when listing the sources fails', async () => {
    electron.desktopCapturer.getSources.mockRejectedValueOnce(new Error('no permission'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await install(async () => 'screen:0:0').ask(ours)).toBeNull();
  });
});
