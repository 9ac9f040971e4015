import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireMedia, listDevices, toMediaAccessError } from './MediaDevices.ts';

const failure = (name: string) => Object.assign(new Error(name), { name });

afterEach(() => vi.unstubAllGlobals());

describe('toMediaAccessError', () => {
  it.each([
    ['NotAllowedError', 'denied', /blocked/],
    ['SecurityError', 'denied', /blocked/],
    ['NotFoundError', 'no-devices', /No camera or microphone/],
    ['OverconstrainedError', 'no-devices', /No camera or microphone/],
    ['NotReadableError', 'in-use', /another app/],
    ['TypeError', 'unknown', /could not be started/],
  ])('maps %s to %s with a sentence a person can act on', (name, problem, message) => {
    const error = toMediaAccessError(failure(name));
    expect(error.problem).toBe(problem);
    expect(error.message).toMatch(message);
  });
});

describe('acquireMedia', () => {
  it('falls back to the one kind of device that exists', async () => {
    const getUserMedia = vi.fn(async (constraints: MediaStreamConstraints) => {
      if (constraints.audio) throw failure('NotFoundError');
      return { kind: 'video only' } as unknown as MediaStream;
    });
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia } });
    await expect(acquireMedia()).resolves.toEqual({ kind: 'video only' });
  });

  it('passes exact device ids and reports a denied prompt as denied', async () => {
    const getUserMedia = vi.fn(async () => {
      throw failure('NotAllowedError');
    });
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia } });
    await expect(acquireMedia({ cameraId: 'cam-2', microphoneId: 'mic-2' })).rejects.toMatchObject({
      problem: 'denied',
    });
    expect(getUserMedia).toHaveBeenCalledWith({
      video: { deviceId: { exact: 'cam-2' } },
      audio: { deviceId: { exact: 'mic-2' } },
    });
  });

  it('says the page is not secure when there is no mediaDevices at all', async () => {
    vi.stubGlobal('navigator', {});
    await expect(acquireMedia()).rejects.toMatchObject({ problem: 'insecure' });
  });
});

it('lists cameras and microphones with a fallback label', async () => {
  vi.stubGlobal('navigator', {
    mediaDevices: {
      enumerateDevices: async () => [
        { kind: 'videoinput', deviceId: 'c1', label: 'Front camera' },
        { kind: 'audioinput', deviceId: 'm1', label: '' },
        { kind: 'audiooutput', deviceId: 's1', label: 'Speakers' },
        { kind: 'videoinput', deviceId: '', label: '' },
      ],
    },
  });
  expect(await listDevices()).toEqual({
    cameras: [{ deviceId: 'c1', label: 'Front camera' }],
    microphones: [{ deviceId: 'm1', label: 'Microphone 1' }],
  });
});
