import { describe, expect, it } from 'vitest';
import { localDeviceAvailabilities } from './localDeviceAvailabilities.ts';

const stream = (video: number, audio: number) =>
  ({
    getVideoTracks: () => Array.from({ length: video }),
    getAudioTracks: () => Array.from({ length: audio }),
  }) as unknown as MediaStream;

describe('localDeviceAvailabilities', () => {
  it('says working for each kind with a track, and missing for a kind the stream lacks', () => {
    expect(localDeviceAvailabilities({ localStream: stream(1, 1), mediaProblem: null })).toEqual({
      camera: 'working',
      microphone: 'working',
    });
    expect(localDeviceAvailabilities({ localStream: stream(0, 1), mediaProblem: null })).toEqual({
      camera: 'missing',
      microphone: 'working',
    });
  });

  it('tells a blocked permission from absent devices and from a device another app holds', () => {
    expect(localDeviceAvailabilities({ localStream: null, mediaProblem: 'denied' })).toEqual({
      camera: 'blocked',
      microphone: 'blocked',
    });
    expect(localDeviceAvailabilities({ localStream: null, mediaProblem: 'no-devices' })).toEqual({
      camera: 'missing',
      microphone: 'missing',
    });
    expect(localDeviceAvailabilities({ localStream: null, mediaProblem: 'in-use' }).camera).toBe('failed');
  });

  it('keeps a working stream working when a later device switch failed', () => {
    expect(localDeviceAvailabilities({ localStream: stream(1, 1), mediaProblem: 'denied' }).camera).toBe(
      'working',
    );
  });

  it('claims nothing while the devices have not answered yet', () => {
    expect(localDeviceAvailabilities({ localStream: null, mediaProblem: null })).toEqual({
      camera: 'working',
      microphone: 'working',
    });
  });
});
