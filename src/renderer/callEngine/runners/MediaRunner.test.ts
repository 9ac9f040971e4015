import { describe, expect, it, vi } from 'vitest';
import type { FakeTrack } from '../testing/fakeMedia.ts';
import { callTestBed } from '../testing/callTestBed.ts';
import { installFakeCallEnvironment } from '../testing/installFakeCallEnvironment.ts';

const { room, iceServers, setUp, connectedHost } = callTestBed;

installFakeCallEnvironment();

describe('the lobby', () => {
  it('starts idle and moves to lobby with a camera preview and the device lists', async () => {
    const { machine } = setUp('guest');
    expect(machine.getSnapshot().state).toBe('idle');
    await machine.openLobby();
    const snapshot = machine.getSnapshot();
    expect(snapshot.state).toBe('lobby');
    expect(snapshot.localStream?.getTracks().map((track) => track.kind)).toEqual(['video', 'audio']);
    expect(snapshot.devices.cameras).toHaveLength(2);
    expect(snapshot.cameraId).toBe('cam-1');
    expect(snapshot.microphoneId).toBe('mic-1');
  });

  it('explains a blocked camera and recovers when the person allows it and tries again', async () => {
    const { machine, media } = setUp('guest');
    media.failWith = Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' });
    await machine.openLobby();
    expect(machine.getSnapshot()).toMatchObject({
      state: 'lobby',
      mediaProblem: 'denied',
      localStream: null,
    });
    expect(machine.getSnapshot().mediaMessage).toMatch(/blocked/i);
    media.failWith = null;
    await machine.retryMedia();
    expect(machine.getSnapshot()).toMatchObject({ mediaProblem: null, mediaMessage: null });
    expect(machine.getSnapshot().localStream).not.toBeNull();
  });

  it('stops a camera that is granted only after the machine was disposed, instead of keeping it on', async () => {
    const { machine, media } = setUp('guest');
    const acquire = media.acquire.bind(media);
    let grant: () => void = () => {};
    const granted = new Promise<void>((resolve) => (grant = resolve));
    let stream: MediaStream | null = null;
    media.acquire = async (request) => {
      await granted;
      stream = await acquire(request);
      return stream;
    };
    const opening = machine.openLobby();
    machine.dispose();
    grant();
    await opening;
    expect(stream).not.toBeNull();
    expect(stream!.getTracks().every((track) => (track as unknown as { stopped: boolean }).stopped)).toBe(
      true,
    );
    expect(machine.getSnapshot().localStream).toBeNull();
  });

  it('says so when there is no camera or microphone at all', async () => {
    const { machine, media } = setUp('guest');
    media.failWith = Object.assign(new Error('Requested device not found'), { name: 'NotFoundError' });
    await machine.openLobby();
    expect(machine.getSnapshot().mediaProblem).toBe('no-devices');
    expect(machine.getSnapshot().mediaMessage).toMatch(/no camera or microphone/i);
  });
});

describe('devices in the call', () => {
  it('switches camera and microphone mid-call with replaceTrack, on the same stream, without a new peer', async () => {
    const call = await connectedHost();
    const stream = call.peer.options.stream!;
    const oldVideo = stream.getVideoTracks()[0] as unknown as FakeTrack;
    call.machine.setCameraOff(true);
    await call.machine.selectCamera('cam-2');
    expect(call.peer.replaced).toHaveLength(1);
    const { oldTrack, newTrack, stream: passedStream } = call.peer.replaced[0]!;
    expect(oldTrack).toBe(oldVideo);
    expect(passedStream).toBe(stream);
    expect((newTrack as unknown as FakeTrack).deviceId).toBe('cam-2');
    expect(newTrack.enabled).toBe(false);
    expect(oldVideo.stopped).toBe(true);
    expect(stream.getVideoTracks()).toEqual([newTrack]);

    await call.machine.selectMicrophone('mic-2');
    expect(call.peer.replaced).toHaveLength(2);
    expect(call.machine.getSnapshot()).toMatchObject({
      state: 'connected',
      cameraId: 'cam-2',
      microphoneId: 'mic-2',
    });
    expect(call.peers.instances).toHaveLength(1);
  });

  it('keeps the old device when the new one cannot be opened', async () => {
    const call = await connectedHost();
    call.media.failWith = Object.assign(new Error('busy'), { name: 'NotReadableError' });
    await call.machine.selectCamera('cam-2');
    expect(call.machine.getSnapshot()).toMatchObject({
      state: 'connected',
      cameraId: 'cam-1',
      mediaProblem: 'in-use',
    });
    expect(call.peer.replaced).toHaveLength(0);
  });

  it('adds media that arrived after the connection was made', async () => {
    const call = setUp('guest');
    call.machine.connect({ ...room, name: 'Cara' });
    call.server.emit({
      type: 'joined',
      peerId: 'g1',
      role: 'guest',
      peers: [{ peerId: 'h1', role: 'host', name: 'R' }],
      iceServers,
    });
    call.server.emit({ type: 'signal', from: 'h1', data: { session: 's1', signal: { type: 'offer' } } });
    expect(call.peer.options.stream).toBeNull();
    await call.machine.retryMedia();
    expect(call.peer.added.map((track) => track.kind)).toEqual(['video', 'audio']);
  });
});

describe('devices coming and going', () => {
  it('falls back to the next camera when the one in use is unplugged, and says so', async () => {
    const call = await connectedHost();
    const camera = call.peer.options.stream!.getVideoTracks()[0] as unknown as FakeTrack;
    call.media.devices.cameras = [{ deviceId: 'cam-2', label: 'Camera 2' }];
    camera.unplug();
    await vi.advanceTimersByTimeAsync(0);
    expect(call.peer.replaced.at(-1)?.oldTrack).toBe(camera);
    expect((call.peer.replaced.at(-1)?.newTrack as unknown as FakeTrack).deviceId).toBe('cam-2');
    expect(call.machine.getSnapshot()).toMatchObject({
      state: 'connected',
      cameraId: 'cam-2',
      devices: { cameras: [{ deviceId: 'cam-2', label: 'Camera 2' }] },
      deviceNotice: 'Your camera was disconnected. Switched to Camera 2.',
    });
    call.machine.dismissDeviceNotice();
    expect(call.machine.getSnapshot().deviceNotice).toBeNull();
  });

  it('moves to another microphone when a devicechange shows the one in use is gone', async () => {
    const call = await connectedHost();
    call.media.devices.microphones = [{ deviceId: 'mic-2', label: 'Headset' }];
    await call.machine.refreshDevices();
    expect(call.machine.getSnapshot()).toMatchObject({
      microphoneId: 'mic-2',
      deviceNotice: 'Your microphone was disconnected. Switched to Headset.',
    });
    expect(call.peers.instances).toHaveLength(1);
  });

  it('says plainly when no other camera is left, and keeps the call', async () => {
    const call = await connectedHost();
    call.media.devices.cameras = [];
    (call.peer.options.stream!.getVideoTracks()[0] as unknown as FakeTrack).unplug();
    await vi.advanceTimersByTimeAsync(0);
    expect(call.machine.getSnapshot()).toMatchObject({
      state: 'connected',
      deviceNotice: 'Your camera was disconnected, and no other camera was found.',
    });
  });

  it('leaves the devices alone when a devicechange only adds one', async () => {
    const call = await connectedHost();
    call.media.devices.cameras = [...call.media.devices.cameras, { deviceId: 'cam-3', label: 'New webcam' }];
    await call.machine.refreshDevices();
    expect(call.machine.getSnapshot().devices.cameras).toHaveLength(3);
    expect(call.machine.getSnapshot()).toMatchObject({ cameraId: 'cam-1', deviceNotice: null });
    expect(call.peer.replaced).toHaveLength(0);
  });
});

describe('sharing the screen', () => {
  it('sends the screen in place of the camera on the same connection, and the camera again when it stops', async () => {
    const call = await connectedHost();
    const stream = call.peer.options.stream!;
    const camera = stream.getVideoTracks()[0]!;
    await call.machine.startScreenShare();
    const screen = call.media.screens.at(-1)!;
    expect(call.peer.replaced.at(-1)).toEqual({ oldTrack: camera, newTrack: screen, stream });
    expect(call.peer.sent.at(-1)).toEqual({ type: 'screen-share', sharing: true });
    expect(call.machine.getSnapshot().screenSharing).toBe(true);

    call.machine.stopScreenShare();
    expect(call.peer.replaced.at(-1)).toEqual({ oldTrack: screen, newTrack: camera, stream });
    expect(screen.stopped).toBe(true);
    expect(call.peer.sent.at(-1)).toEqual({ type: 'screen-share', sharing: false });
    expect(call.machine.getSnapshot().screenSharing).toBe(false);
    expect(call.peers.instances).toHaveLength(1);
  });

  it('returns to the camera when the browser’s own “Stop sharing” ends the screen', async () => {
    const call = await connectedHost();
    await call.machine.startScreenShare();
    call.media.screens.at(-1)!.unplug();
    expect(call.machine.getSnapshot().screenSharing).toBe(false);
    expect((call.peer.replaced.at(-1)?.newTrack as unknown as FakeTrack).deviceId).toBe('cam-1');
  });

  it('keeps the screen on the wire when the camera is switched while sharing', async () => {
    const call = await connectedHost();
    await call.machine.startScreenShare();
    const replacements = call.peer.replaced.length;
    await call.machine.selectCamera('cam-2');
    expect(call.peer.replaced).toHaveLength(replacements);
    expect(call.machine.getSnapshot().cameraId).toBe('cam-2');
  });

  it('shows the other side’s share large when they say they share', async () => {
    const call = await connectedHost();
    call.peer.options.onMessage({ type: 'screen-share', sharing: true });
    expect(call.machine.getSnapshot().remote.screenSharing).toBe(true);
  });
});
