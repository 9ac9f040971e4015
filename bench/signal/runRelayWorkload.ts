import type { RelayEndpoint } from './RelayEndpoint.ts';

interface RelayFigures {
  latenciesMilliseconds: number[];
  messagesPerSecond: number;
  burstMessages: number;
}

const candidatesPerSide = 10;
const candidateIntervalMilliseconds = 20;
const burstPerSide = 80;
// A real offer with audio, video and a data channel is 3-6 KB of SDP.
const sdp = `v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\n${'a=rtpmap:96 VP8/90000\r\na=rtcp-fb:96 nack pli\r\n'.repeat(60)}`;
const candidate =
  'candidate:842163049 1 udp 1677729535 198.51.100.7 46154 typ srflx raddr 0.0.0.0 rport 0 generation 0';

type Message = {
  kind: 'offer' | 'answer' | 'candidate' | 'burst';
  sentAt: number;
  sdp?: string;
  candidate?: string;
};

// What every pair does, through whichever relay: the guest offers, the host answers, then both trickle ICE
// candidates, rooms starting a few milliseconds apart (latency). Then every side sends a burst at once (throughput).
// Times are taken in this one process, so sender and receiver share a clock.
export async function runRelayWorkload(
  pairs: { host: RelayEndpoint; guest: RelayEndpoint }[],
  staggerMilliseconds: number,
): Promise<RelayFigures> {
  const latencies: number[] = [];
  let burstReceived = 0;
  let allSettled: () => void = () => {};
  let burstDone: () => void = () => {};
  const expected = pairs.length * (2 + 2 * candidatesPerSide);
  const burstExpected = pairs.length * 2 * burstPerSide;

  const trickle = (endpoint: RelayEndpoint): void => {
    for (let index = 0; index < candidatesPerSide; index += 1) {
      setTimeout(
        () => endpoint.send({ kind: 'candidate', candidate, sentAt: performance.now() }),
        (index + 1) * candidateIntervalMilliseconds,
      );
    }
  };
  for (const { host, guest } of pairs) {
    const receive = (self: RelayEndpoint) => (data: unknown) => {
      const message = data as Message;
      if (message.kind === 'burst') {
        burstReceived += 1;
        if (burstReceived === burstExpected) burstDone();
        return;
      }
      latencies.push(performance.now() - message.sentAt);
      if (message.kind === 'offer') {
        self.send({ kind: 'answer', sdp, sentAt: performance.now() });
        trickle(self);
      } else if (message.kind === 'answer') {
        trickle(self);
      }
      if (latencies.length === expected) allSettled();
    };
    host.onData(receive(host));
    guest.onData(receive(guest));
  }

  const settled = new Promise<void>((resolve) => (allSettled = resolve));
  pairs.forEach(({ guest }, index) => {
    setTimeout(
      () => guest.send({ kind: 'offer', sdp, sentAt: performance.now() }),
      index * staggerMilliseconds,
    );
  });
  await withTimeout(
    settled,
    60_000,
    () => `latency phase: ${latencies.length} of ${expected} messages arrived`,
  );

  // Let every connection's rate-limit bucket refill (50 frames/s, bursts of 100) before the burst.
  await new Promise<void>((resolve) => setTimeout(resolve, 2500));
  const burst = new Promise<void>((resolve) => (burstDone = resolve));
  const burstStarted = performance.now();
  for (const { host, guest } of pairs) {
    for (let index = 0; index < burstPerSide; index += 1) {
      host.send({ kind: 'burst', sentAt: performance.now() });
      guest.send({ kind: 'burst', sentAt: performance.now() });
    }
  }
  await withTimeout(burst, 60_000, () => `burst: ${burstReceived} of ${burstExpected} messages arrived`);
  const elapsedSeconds = (performance.now() - burstStarted) / 1000;
  return {
    latenciesMilliseconds: latencies,
    messagesPerSecond: burstExpected / elapsedSeconds,
    burstMessages: burstExpected,
  };
}

function withTimeout(promise: Promise<void>, milliseconds: number, describe: () => string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out: ${describe()}`)), milliseconds);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
