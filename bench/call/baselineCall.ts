import type { Browser, Page } from '@playwright/test';
import type { CallTimes } from './CallTimes.ts';
import { windowNumber } from './windowNumber.ts';

/**
 * Page script for the baseline. Set-up only opens the camera (as both sides' lobbies have by then); the timed part
 * then does what the product must do once a candidate is let in: the offerer creates its connection and offers,
 * the answerer creates its connection when the offer arrives, and ICE candidates trickle across.
 */
const baselinePageScript = `
  window.__benchSetUp = async () => {
    window.__benchStream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
    // A running self-view, as in the product's lobby: the camera is producing frames before the clock starts.
    const preview = document.createElement('video');
    preview.muted = true;
    preview.autoplay = true;
    preview.playsInline = true;
    preview.srcObject = window.__benchStream;
    document.body.append(preview);
    await new Promise((resolve) => preview.requestVideoFrameCallback(resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));
  };
  window.__benchCreateConnection = () => {
    const stream = window.__benchStream;
    const connection = new RTCPeerConnection({ iceServers: [] });
    for (const track of stream.getTracks()) connection.addTrack(track, stream);
    const video = document.createElement('video');
    video.autoplay = true;
    video.playsInline = true;
    video.muted = true;
    video.setAttribute('aria-label', 'Remote video');
    document.body.append(video);
    connection.ontrack = (event) => {
      if (video.srcObject) return;
      video.srcObject = event.streams[0];
      video.requestVideoFrameCallback((now, metadata) => {
        window.__benchFirstFrameAt = performance.timeOrigin + (metadata.presentationTime || now);
      });
    };
    connection.onicecandidate = (event) => {
      if (event.candidate) window.__benchSend({ candidate: event.candidate.toJSON() });
    };
    window.__benchConnection = connection;
    return connection;
  };
  // One message at a time, in order, so no candidate is added before the description it belongs to.
  window.__benchReceive = (message) => {
    window.__benchQueue = (window.__benchQueue ?? Promise.resolve()).then(async () => {
      const connection = window.__benchConnection ?? window.__benchCreateConnection();
      if (message.candidate) {
        await connection.addIceCandidate(message.candidate);
        return;
      }
      await connection.setRemoteDescription(message.description);
      if (message.description.type === 'offer') {
        await connection.setLocalDescription(await connection.createAnswer());
        window.__benchSend({ description: connection.localDescription.toJSON() });
      }
    });
    return window.__benchQueue;
  };
  window.__benchOffer = async () => {
    window.__benchStartedAt = performance.timeOrigin + performance.now();
    const connection = window.__benchCreateConnection();
    // Like ours, the connection carries a data channel too.
    connection.createDataChannel('bench');
    await connection.setLocalDescription(await connection.createOffer());
    window.__benchSend({ description: connection.localDescription.toJSON() });
  };
`;

/** Two raw RTCPeerConnections in two contexts; offer, answer and ICE candidates pass through Node at once. */
export async function baselineCall(browser: Browser, pageUrl: string): Promise<CallTimes> {
  const offererContext = await browser.newContext();
  const answererContext = await browser.newContext();
  const inFlight = new Set<Promise<unknown>>();
  let closing = false;
  try {
    const offerer = await offererContext.newPage();
    const answerer = await answererContext.newPage();
    // Every relayed message is tracked and awaited before the contexts close: a late ICE candidate must not land
    // in a closed page (that unhandled rejection is what crashed 3 runs of 3).
    const relay = (to: Page) => (_source: unknown, message: unknown) => {
      if (closing) return;
      const delivery = to
        .evaluate(
          (value) =>
            (window as unknown as { __benchReceive(message: unknown): Promise<void> }).__benchReceive(value),
          message as never,
        )
        .catch(() => {});
      inFlight.add(delivery);
      void delivery.finally(() => inFlight.delete(delivery));
    };
    await offerer.exposeBinding('__benchSend', relay(answerer));
    await answerer.exposeBinding('__benchSend', relay(offerer));
    for (const page of [offerer, answerer]) {
      await page.goto(pageUrl);
      await page.evaluate(baselinePageScript);
      await page.evaluate('window.__benchSetUp()');
    }
    await offerer.evaluate('window.__benchOffer()');
    const [startedAt, answererFrame, offererFrame] = await Promise.all([
      windowNumber(offerer, '__benchStartedAt'),
      windowNumber(answerer, '__benchFirstFrameAt'),
      windowNumber(offerer, '__benchFirstFrameAt'),
    ]);
    return {
      toCandidateFrame: answererFrame - startedAt,
      toRecruiterFrame: offererFrame - startedAt,
      joinToCandidateFrame: null,
    };
  } finally {
    closing = true;
    await Promise.allSettled([...inFlight]);
    await offererContext.close();
    await answererContext.close();
  }
}
